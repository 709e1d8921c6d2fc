package dev.narrascope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLinesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "top of page", "bottom of page", "Skip to main content",
      "1,234 views", "12 Comments", "39 views0 comments", "No Comments", "Views: 120",
      "Also Read: Putin calls on NATO to do a deal", "READ MORE: NATO members warned", "Читайте также: Новости дня",
      "Прочетете още:", "Leia também: Governo anuncia medidas", "यह भी पढ़ें: चुनाव परिणाम",
      "Source link", "Related:", "Related Stories", "Most Popular Articles", "Advertisement",
      "Leave a Comment", "Leave a Reply",
      "Share this:", "Share on Facebook", "Click to share on Twitter (Opens in new window)", "Tweet", "WhatsApp",
      "Поделиться", "Сподели", "Compartilhe", "शेयर करें",
      "Subscribe", "Subscribe to our newsletter", "Абонирайте се", "Подпишитесь на наш канал в Telegram", "Inscreva-se",
      "Get the latest updates right in your inbox. Subscribe to our newsletters.",
      "12°C Moscow", "33.1 C", "-3 °C",
      "We use cookies to improve your experience. By continuing you accept our cookie policy.",
      "Home » World » Europe", "News > Politics > Elections",
      "Powered by WordPress", "Powered By",
      "Ads Blocker Detected!!!",
      "We have detected that you are using extensions to block ads. Please support us by disabling these ads blocker.",
      "https://example.org/news/123", "www.example.org",
      "Tags: NATO, Ukraine, Russia", "Photo: Reuters", "All rights reserved.",
      "Follow us on Telegram", "Advert", "Comments", "Image copyright Getty Images", "This slideshow requires JavaScript.",
      "Explore further", "You may like these posts", "DON’T MISS",
      "This document is subject to copyright. No part may be reproduced without the written permission.",
      "Views: 12 408", "Просмотров: 3 210", "Comments (7)", "Коментари (0)", "Comments are closed.",
      "Начало » Спорт", "Главная / Политика", "Home > Opinion",
      "Weather: Lisbon 18°C, sunny", "मौसम: मुंबई 31°C, धूप", "Like us on Facebook", "Харесайте ни във Facebook",
      "Enjoyed this article? Share it with your friends!", "Partilhe este artigo",
      "© 2024 The Example Post. All rights reserved.", "Example Post © 2024 | News you can use",
      "© 2024 Пример Днес. Всички права запазени.", "Copyright © 2021-2024 Jornal Exemplo", "सर्वाधिकार सुरक्षित"})
  void isJunk_furnitureLine_true(String line) {
    assertThat(BoilerplateLines.isJunk(line)).isTrue();
  }

  // Real sentences that share words with furniture: removing any of them would be the worse mistake.
  @ParameterizedTest
  @ValueSource(strings = {
      "Share prices of the terminal operator rose sharply after the announcement, traders said.",
      "The union said 1,200 members had voted, and 12 comments were sent to the negotiators.",
      "Members who subscribe to the union newsletter heard first.",
      "Readers who follow the story closely will remember the first vote, which failed by two.",
      "The ministry said 1,234 views were recorded on the video before it was removed from the site.",
      "Temperatures fell to 12°C in Moscow on Monday, the coldest day of the month.",
      "Source: the ministry said the figures were preliminary.",
      "Related measures will be announced next week, the minister said.",
      "He said the company would not comment on the cookie policy until the court rules.",
      "Ad blockers cost publishers an estimated 12 billion dollars a year, the study found.",
      "Поделиться своим мнением он отказался, сообщили в пресс-службе.",
      "Правительство обещало подписаться под соглашением до конца года.",
      "Home, he said, is where the work is.",
      "Sign up numbers for the programme doubled in March.",
      "The court ruled that the photographs may not be reproduced without the family's consent.",
      "Comments by the minister drew criticism from the opposition on Tuesday.",
      "You may like it or not, the minister said, but the law stands.",
      "Copyright law in the EU changed in 2019, the court noted.",
      "The weather: 12°C and rain all week, forecasters warned.",
      "Like this, the talks could go on for years.",
      "Home secretaries / ministers from six countries met on Monday to discuss the plan."})
  void isJunk_realSentence_false(String line) {
    assertThat(BoilerplateLines.isJunk(line)).isFalse();
  }

  /** The whole-line scans run only where their words are: in any case and script the patterns accept. */
  @ParameterizedTest
  @ValueSource(strings = {
      "WE USE COOKIES TO IMPROVE YOUR EXPERIENCE. BY CONTINUING YOU ACCEPT OUR COOKIE POLICY.",
      "Този сайт използва БИСКВИТКИ. Приемам",
      "Сайт использует КУКИ, продолжая, вы даёте согласие.",
      "Please DISABLE your AdBlocker to support us",
      "COPYRIGHT © 2024 The Outlet. This material may not be REPUBLISHED, broadcast or rewritten.",
      "This page REQUIRES JavaScript to run.",
      "Get the latest news every morning. SIGN UP for our NEWSLETTERS."})
  void isJunk_keywordGuardedNotices_inAnyCase_true(String line) {
    assertThat(BoilerplateLines.isJunk(line)).isTrue();
  }
}
