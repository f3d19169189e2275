package dev.feedcard.init;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Eleventy directory data permalinks init maps to a pattern, and what it says of the others. */
class EleventyPermalinkTest {
    @TempDir
    Path site;

    private EleventyPermalink.Found found(String file, String data) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, data);
        return EleventyPermalink.find(site, "src/blog", "eleventy.config.js");
    }

    private void config(String js) throws IOException {
        Files.writeString(site.resolve("eleventy.config.js"), js);
    }

    @Test
    void liquidDateFilterAndFileSlug() throws Exception {
        EleventyPermalink.Found f = found("src/blog/blog.11tydata.json", "{\"permalink\": \"/blog/{{ page.date | date: '%Y/%m' }}/{{ page.fileSlug | slugify }}/index.html\"}");
        assertEquals("/blog/{year}/{month}/{slug}/index.html", f.pattern());
        assertEquals("src/blog/blog.11tydata.json", f.file());
        assertNull(f.note());
    }

    @Test
    void aFilterDefinedInTheConfigurationIsReadForItsFormat() throws Exception {
        config("""
                export default function (eleventyConfig) {
                  eleventyConfig.addFilter("htmlDateString", (dateObj) => {
                    return DateTime.fromJSDate(dateObj, { zone: "utc" }).toFormat("yyyy-LL-dd");
                  });
                  eleventyConfig.addFilter("readableDate", (d) => DateTime.fromJSDate(d).toFormat("dd LLLL yyyy"));
                };
                """);
        assertEquals("/{year}-{month}-{day}/{slug}/",
                found("src/blog/blog.11tydata.mjs", "export default {\n  permalink: \"/{{ page.date | htmlDateString }}/{{ page.fileSlug }}/\",\n};\n").pattern());
    }

    @Test
    void theNearestDataFileWinsAndAParentFoldersCounts() throws Exception {
        found("src/src.11tydata.json", "{\"permalink\": \"/all/{{ page.fileSlug }}/\"}");
        assertEquals("/all/{slug}/", EleventyPermalink.find(site, "src/blog", null).pattern());
        found("src/blog/blog.11tydata.json", "{\"layout\": \"post.njk\"}");
        assertEquals("/all/{slug}/", EleventyPermalink.find(site, "src/blog", null).pattern(), "a data file without a permalink is passed over");
        found("src/blog/blog.11tydata.js", "module.exports = { permalink: \"/near/{{ page.fileSlug }}/\" };\n");
        assertEquals("/near/{slug}/", EleventyPermalink.find(site, "src/blog", null).pattern());
    }

    @Test
    void whatCannotBeFilledIsSaid() throws Exception {
        EleventyPermalink.Found title = found("src/blog/blog.11tydata.json", "{\"permalink\": \"/blog/{{ title | slugify }}/\"}");
        assertNull(title.pattern());
        assertTrue(title.note().contains("has a part feedcard cannot fill ({{ title | slugify }})"), title.note());

        EleventyPermalink.Found unknownFilter = found("src/blog/blog.11tydata.json", "{\"permalink\": \"/{{ page.date | mystery }}/{{ page.fileSlug }}/\"}");
        assertNull(unknownFilter.pattern());
        assertTrue(unknownFilter.note().contains("({{ page.date | mystery }})"), unknownFilter.note());

        EleventyPermalink.Found monthName = found("src/blog/blog.11tydata.json", "{\"permalink\": \"/{{ page.date | date: '%B' }}/{{ page.fileSlug }}/\"}");
        assertNull(monthName.pattern(), "a month's name is not a placeholder");

        EleventyPermalink.Found noSlug = found("src/blog/blog.11tydata.json", "{\"permalink\": \"/blog/\"}");
        assertTrue(noSlug.note().contains("does not name the post"), noSlug.note());

        EleventyPermalink.Found off = found("src/blog/blog.11tydata.json", "{\"permalink\": false}");
        assertNull(off.pattern());
        assertTrue(off.note().contains("'permalink: false'"), off.note());

        Files.delete(site.resolve("src/blog/blog.11tydata.json"));
        for (String js : new String[]{
                "module.exports = { permalink: function (data) { return `/${data.page.fileSlug}/`; } };",
                "module.exports = { permalink(data) { return '/x/'; } };",
                "module.exports = { permalink: `/blog/${slug}/` };",
                "module.exports = { permalink: '/blog/' + slug + '/' };",
                "module.exports = { eleventyComputed: { permalink: (data) => data.page.fileSlug } };"}) {
            EleventyPermalink.Found f = found("src/blog/blog.11tydata.js", js);
            assertNull(f.pattern(), js);
            assertTrue(f.note().contains("is JavaScript (a function or an expression), which feedcard does not run"), js + ": " + f.note());
        }
    }

    @Test
    void dateFormats() {
        assertEquals("{year}/{month}/{day}", EleventyPermalink.dateFormat("yyyy/LL/dd"));
        assertEquals("{year}-{month}", EleventyPermalink.dateFormat("yyyy-MM"));
        assertEquals("{year}/{month}/{day}", EleventyPermalink.dateFormat("%Y/%m/%d"));
        assertNull(EleventyPermalink.dateFormat("yyyy/LLL"));
        assertNull(EleventyPermalink.dateFormat("%Y/%j"));
    }
}
