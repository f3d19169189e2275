package dev.feedcard.build;

import dev.feedcard.card.Card;
import dev.feedcard.card.CardImage;
import dev.feedcard.config.Config;
import dev.feedcard.config.OutputLayout;
import dev.feedcard.content.Post;
import dev.feedcard.feed.FeedLink;
import dev.feedcard.feed.FeedLinks;
import dev.feedcard.feed.FeedPlan;
import dev.feedcard.meta.CardsJson;
import dev.feedcard.meta.HeadTag;
import dev.feedcard.meta.HeadTags;
import dev.feedcard.meta.ShareCheck;
import dev.feedcard.render.Permalinks;
import dev.feedcard.render.RenderedPost;
import dev.feedcard.render.Renderer;
import dev.feedcard.report.Problem;
import dev.feedcard.work.Cores;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage that gathers what a build publishes, post by post (the {@link SiteOutline}), with each post's head
 * tags, and writes them: {@code meta/<key>.html} for each post, and cards.json with each post's card.
 */
final class WriteHeadTags {
    /** Where each post's head tags go, as {@code meta/<post key>.html}. */

    private final Config config;
    private final Set<Product> products;

    WriteHeadTags(Config config, Set<Product> products) {
        this.config = config;
        this.products = products;
    }

    /** What is published, post by post, reusing the summaries the feeds already rendered. */
    SiteOutline outline(PlanFeeds.Planned planned, Cards cards, RenderPosts rendering, List<Problem> problems) {
        Renderer renderer = rendering.renderer();
        HeadTags head = new HeadTags(config.site(), config.feeds().logo());
        ShareCheck share = new ShareCheck(config.cards());
        List<FeedPlan> plans = planned.plans();
        FeedLinks feedLinks = new FeedLinks(config.site(), plans);
        boolean headTags = products.contains(Product.HEAD_TAGS);
        if (headTags) problems.addAll(share.settingsProblems());
        List<PublishedPost> published = Cores.map(planned.published(), post -> {
            Card card = cards.of(post);
            RenderedPost rendered = rendering.of(post);
            String summary = rendered != null ? rendered.summary() : summary(renderer, post);
            return new PublishedPost(post.file(), post.key(), post.title(), Permalinks.of(config.site(), post), post.published(), post.updated(),
                    summary, post.tags(), post.language(), card == null ? null : card.path(),
                    card == null ? 0 : card.width(), card == null ? 0 : card.height(),
                    headTags ? head.of(post, Permalinks.of(config.site(), post), summary, cards.imageOf(post, config.site()),
                            feedLinks.forPost(post).stream().map(FeedLink::toHeadTag).toList(),
                            planned.translations().others(post).stream().map(Post::language).toList()) : List.of(),
                    share.problems(post, summary));
        });
        // what the posts would look like when shared matters where the build writes head tags (and cards)
        if (headTags) published.forEach(post -> problems.addAll(post.checks()));
        List<PublishedFeed> feeds = new ArrayList<>();
        for (FeedPlan plan : plans) {
            feeds.add(new PublishedFeed(plan.atomPath(), plan.title(), "Atom"));
            feeds.add(new PublishedFeed(plan.rssPath(), plan.title(), "RSS"));
            feeds.add(new PublishedFeed(plan.jsonPath(), plan.title(), "JSON Feed"));
        }
        return new SiteOutline(config.site(), published, feeds, problems);
    }

    /**
     * The summary of a post this build did not render (no feed shows it, or only feeds left as they were); its text
     * alone when its Markdown cannot be read.
     */
    private static String summary(Renderer renderer, Post post) {
        try {
            return renderer.summary(post);
        } catch (RuntimeException | StackOverflowError e) {
            return post.description();
        }
    }

    /**
     * The files to write: meta/<key>.html (key: the slug, under its language prefix and section) with each post's head
     * tags, and cards.json with each post's card, as far as the build makes head tags and cards.
     */
    Map<String, byte[]> files(List<Post> posts, SiteOutline outline, Cards cards) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<CardsJson.Entry> entries = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            PublishedPost published = outline.posts().get(i);
            if (products.contains(Product.HEAD_TAGS)) {
                files.put(OutputLayout.headTags(post.key()), HeadTags.html(published.headTags()).getBytes(StandardCharsets.UTF_8));
            }
            CardImage image = cards.imageOf(post, config.site());
            if (image != null) entries.add(CardsJson.Entry.of(post, image, cards.of(post)));
        }
        if (products.contains(Product.CARDS)) files.put(CardsJson.PATH, CardsJson.write(entries));
        return files;
    }

    /** Each post's head tags, as the outline has them (in the posts' order). */
    static Map<Post, List<HeadTag>> headTags(List<Post> posts, SiteOutline outline) {
        Map<Post, List<HeadTag>> tags = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) tags.put(posts.get(i), outline.posts().get(i).headTags());
        return tags;
    }
}
