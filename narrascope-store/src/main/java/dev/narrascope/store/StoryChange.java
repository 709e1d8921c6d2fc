package dev.narrascope.store;

import java.time.Instant;
import java.util.List;

/**
 * One change of a stored story's membership, as its history lists it ({@link ArticleStore#storyHistory}): a story
 * merged into it or it into another, because a new article bridged them; stored articles that a split moved
 * off it, or into it when it was founded; or stored articles that {@code narrascope recluster} moved off it or into
 * it. Stories otherwise only grow, so these are the only reasons a stored article's story id changes.
 *
 * @param kind       {@link #MERGED_IN}, {@link #MERGED_INTO}, {@link #SPLIT_OFF}, {@link #SPLIT_FROM},
 *                   {@link #RECLUSTERED_OFF} or {@link #RECLUSTERED_FROM}
 * @param otherStory the other story: the one merged in, the survivor, the new story, the story split from, the
 *                   story a re-clustering put the articles in or took them from
 * @param articleId  the new article that bridged the two stories or founded the new one; null for a re-clustering
 * @param moved      the stored articles a split or a re-clustering moved (empty for a merge: every member moved)
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
  /** A re-clustering ({@code narrascope recluster}) put stored articles of this story into {@link #otherStory}. */
  public static final String RECLUSTERED_OFF = "reclustered-off";
  /** A re-clustering put stored articles of {@link #otherStory} into this story. */
  public static final String RECLUSTERED_FROM = "reclustered-from";

  public StoryChange {
    moved = List.copyOf(moved);
  }
}
