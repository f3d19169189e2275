package dev.feedcard.pages;

import dev.feedcard.meta.HeadTag;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a built page's head the way a sharer's crawler does and says what is missing or wrong: tags the post
 * should have that the page lacks or gives other values, a relative image URL, an image without its size,
 * a small twitter:card, a tag written twice. It never changes the page.
 */
public final class PageChecker {
    /** What a page shared on X, Facebook, LinkedIn, Slack ... needs when nothing more is known about the post. */
    private static final List<String> REQUIRED = List.of("og:title", "og:type", "og:url", "og:image", "og:image:width",
            "og:image:height", "twitter:card");
    /** Keys a crawler reads once; a second one is ignored or, worse, wins. */
    private static final Set<String> SINGLE = Set.of("og:title", "og:description", "og:url", "og:type", "og:site_name",
            "twitter:card", "twitter:title", "twitter:description", "twitter:image", "canonical", "description", HeadTag.JSON_LD_ARTICLE);
    private static final List<String> ABSOLUTE = List.of("og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image");

    /**
     * What is missing or wrong in the page's head, one sentence each; empty when the page is fine.
     *
     * @param expected the tags the post should have (made with the same settings as a build); empty to check only
     *                 what every shared page needs
     * @throws UnusablePageException when the page is not UTF-8 HTML with an html or head element
     */
    public List<String> check(byte[] page, List<HeadTag> expected) throws UnusablePageException {
        Map<String, List<String>> actual = values(BuiltPage.read(page));
        Map<String, String> findings = new LinkedHashMap<>();
        if (expected.isEmpty()) {
            for (String key : REQUIRED) {
                if (!actual.containsKey(key)) findings.put(key, "missing " + key + (key.startsWith("og:image:") ? WHY_SIZE : ""));
            }
        } else {
            compare(expected, actual, findings);
        }
        checkValues(actual, findings);
        return List.copyOf(findings.values());
    }

    private static final String WHY_SIZE = ": Facebook may show no image the first time the page is shared";

    /** The page's tag values (a meta's content, a link's href) by key, in page order. */
    private static Map<String, List<String>> values(BuiltPage page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (SourceTag tag : page.tags()) {
            String value = switch (tag.element().normalName()) {
                case "link" -> tag.element().attr("href");
                case "script" -> tag.element().data();
                default -> tag.element().attr("content");
            };
            for (String key : tag.keys()) values.computeIfAbsent(key, k -> new ArrayList<>()).add(value.strip());
        }
        return values;
    }

    /** Each of the post's tags against the page's tags with its key: missing, another value, or values too many. */
    private static void compare(List<HeadTag> expected, Map<String, List<String>> actual, Map<String, String> findings) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (HeadTag tag : expected) {
            String value = tag.text() != null ? tag.text()
                    : tag.element().equalsIgnoreCase("link") ? tag.attributes().getOrDefault("href", "") : tag.attributes().getOrDefault("content", "");
            wanted.computeIfAbsent(TagKeys.of(tag).iterator().next(), k -> new ArrayList<>()).add(value.strip());
        }
        for (Map.Entry<String, List<String>> e : wanted.entrySet()) {
            String key = e.getKey();
            List<String> want = e.getValue();
            List<String> have = actual.getOrDefault(key, List.of());
            List<String> missing = new ArrayList<>(want);
            List<String> extra = new ArrayList<>();
            for (String v : have) if (!missing.remove(v)) extra.add(v);
            if (have.isEmpty()) {
                findings.put(key, "missing " + describe(key) + " " + quote(want));
            } else if (want.size() == 1 && have.size() == 1 && !extra.isEmpty()) {
                findings.put(key, describe(key) + " is " + quote(have) + ", expected " + quote(want));
            } else if (!missing.isEmpty() || !extra.isEmpty()) {
                List<String> parts = new ArrayList<>();
                if (!missing.isEmpty()) parts.add("missing " + quote(missing));
                if (!extra.isEmpty()) parts.add("not the post's: " + quote(extra));
                findings.put(key, describe(key) + ": " + String.join("; ", parts));
            }
        }
    }

    /** What is wrong whatever the post: relative URLs, sizes that are not numbers, a small card, a tag twice. */
    private static void checkValues(Map<String, List<String>> actual, Map<String, String> findings) {
        for (String key : ABSOLUTE) {
            for (String value : actual.getOrDefault(key, List.of())) {
                if (!isAbsoluteHttp(value)) {
                    add(findings, key, key + " is not an absolute http(s) URL (\"" + value + "\"): crawlers do not resolve relative URLs");
                } else if (key.equals("og:image:secure_url") && !value.toLowerCase(Locale.ROOT).startsWith("https:")) {
                    add(findings, key, "og:image:secure_url is not https (\"" + value + "\")");
                }
            }
        }
        for (String key : List.of("og:image:width", "og:image:height")) {
            for (String size : actual.getOrDefault(key, List.of())) {
                if (!size.matches("[1-9][0-9]{0,5}")) add(findings, key, key + " is not a number of pixels (\"" + size + "\")");
            }
        }
        List<String> card = actual.getOrDefault("twitter:card", List.of());
        boolean image = actual.containsKey("og:image") || actual.containsKey("twitter:image");
        if (image && !card.isEmpty() && !card.get(0).equals("summary_large_image")) {
            add(findings, "twitter:card", "twitter:card is \"" + card.get(0) + "\", not \"summary_large_image\": X shows the image small");
        }
        for (String key : SINGLE) {
            int count = actual.getOrDefault(key, List.of()).size();
            if (count > 1) add(findings, key + " twice", key + " appears " + count + " times; crawlers read only one");
        }
    }

    /** One finding per key: the reason a value is wrong goes with what the post expected, when that was said. */
    private static void add(Map<String, String> findings, String key, String finding) {
        findings.merge(key, finding, (before, now) -> before.startsWith("missing") ? before : now + " (" + before + ")");
    }

    private static boolean isAbsoluteHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String describe(String key) {
        if (key.startsWith("alternate ")) return "the feed link (" + key.substring("alternate ".length()) + ")";
        if (key.equals(HeadTag.JSON_LD_ARTICLE)) return "the JSON-LD BlogPosting";
        return key;
    }

    private static String quote(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) sb.append(sb.isEmpty() ? "" : ", ").append('"').append(v).append('"');
        return sb.toString();
    }
}
