package dev.narrascope.store;

import java.time.Instant;
import java.util.List;

/**
 * One change of a stored story's membership, as its history lists it ({@link ArticleStore#storyHistory}): a story
 * merged into it or it into another, because a new article bridged them; or stored articles that a split moved
 * off it, or into it when it was founded. Stories otherwise only grow, so these are the only reasons a stored
 * article's story id changes.
 *
 * @param kind       {@link #MERGED_IN}, {@link #MERGED_INTO}, {@link #SPLIT_OFF} or {@link #SPLIT_FROM}
 * @param otherStory the other story: the one merged in, the survivor, the new story, the story split from
 * @param articleId  the new article that bridged the two stories or founded the new one
 * @param moved      the stored articles a split moved (empty for a merge: every member moved)
 * @param at         when (UTC)
 */
public record StoryChange(String kind, String otherStory, String articleId, List<String> moved, Instant at) {
  /** Another story was merged into this one. */
  public static final String MERGED_IN = "merged-in";
  /** This story was merged into {@link #otherStory} and exists no more. */
  public static final String MERGED_INTO = "merged-into";
  /** Stored articles left this story for the new {@link #otherStory}. */
  public static final String SPLIT_OFF = "split-off";
  /** This story was founded with stored articles moved from {@link #otherStory}. */
  public static final String SPLIT_FROM = "split-from";

  public StoryChange {
    moved = List.copyOf(moved);
  }
}
