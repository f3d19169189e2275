package dev.feedcard.content;

import dev.feedcard.report.Problem;
import dev.feedcard.report.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {

    @Test
    void theQuickLookForCharactersYamlRefusesAgreesWithTheirPattern() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "a" + c + "b";
            assertEquals(FrontMatter.YAML_FORBIDDEN.matcher(s).find(), FrontMatter.holdsYamlForbidden(s), "U+" + Integer.toHexString(c));
        }
        assertEquals(FrontMatter.YAML_FORBIDDEN.matcher("\uFFFF").find(), FrontMatter.holdsYamlForbidden("\uFFFF"));
    }

    @Test
    void theFrontMatterDecodedFromItsBytesAloneIsTheWholeFilesFrontMatter() throws Exception {
        List<String> files = List.of(
                "---\ntitle: A\n---\nBody\n",
                "\uFEFF---\r\ntitle: B\r\n---\r\nBody\r\nmore\r\n",
                "---\rtitle: C\r...\rBody\r",
                "--- \t\ntitle: D\ntext: |\n  ---\n---  \nBody",
                "+++\ntitle = \"E\"\n+++\nBody\n",
                "---\ntitle: F\n---",
                "---\ntitle: G\n----\n--- x\n...\t\nBody\n---\nmore\n",
                "{\"title\": \"H\"}\nBody\n",
                "---\ntitle: never closed\n",
                "----\ntitle: I\n---\nBody\n",
                "---\ntitle: J \u2028 日本語\n---\n本文\n");
        for (String file : files) {
            byte[] bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String whole = PostReader.decode("post.md", bytes);
            String front = PostReader.decode("post.md", bytes, FrontMatter.endInBytes(bytes));
            assertTrue(whole.startsWith(front), file);
            Object fromWhole;
            Object fromFront;
            try {
                FrontMatter fm = FrontMatter.parse("post.md", whole);
                fromWhole = List.of(fm.values(), fm.bodyLine(), whole.length() - fm.body().length());
            } catch (ProblemException e) {
                fromWhole = e.problem();
            }
            try {
                FrontMatter fm = FrontMatter.parse("post.md", front);
                fromFront = List.of(fm.values(), fm.bodyLine(), front.length() - fm.body().length());
            } catch (ProblemException e) {
                fromFront = e.problem();
            }
            assertEquals(fromWhole, fromFront, file);
        }
        assertEquals("---\ntitle: A\n---\n", PostReader.decode("post.md", "---\ntitle: A\n---\nBody\n".getBytes(), FrontMatter.endInBytes("---\ntitle: A\n---\nBody\n".getBytes())));
    }

    @Test
    void readsYaml() throws ProblemException {
        FrontMatter fm = FrontMatter.parse("a.md", "---\ntitle: Hello\ntags: [a, b]\n---\nBody\n");
        assertEquals(FrontMatter.Format.YAML, fm.format());
        assertEquals("Hello", fm.values().get("title"));
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        assertEquals("Body\n", fm.body());
        assertEquals(5, fm.bodyLine());
        assertEquals(3, fm.lineOf("tags"));
    }

    @Test
    void readsHugoToml() throws ProblemException {
        String text = """
                +++
                title = "Hello"
                date = 2024-05-01T14:30:00+09:00
                lastmod = 2024-05-02
                publishDate = 2024-05-01T10:00:00
                tags = ["a", "b"]
                draft = false

                [cover]
                image = "cover.jpg"
                alt = "A cover"
                +++

                Body text
                """;
        FrontMatter fm = FrontMatter.parse("post/index.md", text);
        assertEquals(FrontMatter.Format.TOML, fm.format());
        assertEquals("Hello", fm.values().get("title"));
        assertEquals(OffsetDateTime.parse("2024-05-01T14:30:00+09:00"), fm.values().get("date"));
        assertEquals(LocalDate.of(2024, 5, 2), fm.values().get("lastmod"));
        assertEquals(LocalDateTime.of(2024, 5, 1, 10, 0), fm.values().get("publishDate"));
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        assertEquals(false, fm.values().get("draft"));
        assertEquals(Map.of("image", "cover.jpg", "alt", "A cover"), fm.values().get("cover"));
        assertEquals("\nBody text\n", fm.body());
        assertEquals(13, fm.bodyLine());
        assertEquals(3, fm.lineOf("date"));
        assertEquals(6, fm.lineOf("tags"));
        assertEquals(2, fm.lineOf("image"), "a key inside a table is not a top-level key: the first line stands for it");
    }

    @Test
    void readsHugoJson() throws ProblemException {
        String text = """
                {
                  "title": "Hello",
                  "date": "2024-05-01T14:30:00+09:00",
                  "tags": ["a", "b"],
                  "cover": {"image": "cover.jpg"}
                }
                Body text
                """;
        FrontMatter fm = FrontMatter.parse("post.md", text);
        assertEquals(FrontMatter.Format.JSON, fm.format());
        assertEquals("Hello", fm.values().get("title"));
        assertEquals("2024-05-01T14:30:00+09:00", fm.values().get("date"));
        assertEquals(List.of("a", "b"), fm.values().get("tags"));
        assertEquals("Body text\n", fm.body());
        assertEquals(7, fm.bodyLine());
        assertEquals(4, fm.lineOf("tags"));
    }

    @Test
    void tomlErrorsNameTheFileLine() {
        Problem p = problem("post.md", "+++\ntitle = \"Hello\"\ndate = = 2024-05-01\n+++\nBody\n");
        assertEquals("post.md", p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("not valid TOML"), p.message());
        assertTrue(p.hint().contains("key = value"), p.hint());
    }

    @Test
    void yamlRepeatedKeysAreReadAsJekyllAndHugoReadThemTheLastWinningWithAWarningAtEachRepeat() throws ProblemException {
        FrontMatter fm = FrontMatter.parse("post.md", """
                ---
                title: First
                date: 2024-05-01
                image:
                  path: a.png
                  path: b.png
                title: Second
                title: Third
                ---
                Body
                """);
        assertEquals("Third", fm.values().get("title"));
        assertEquals(Map.of("path", "b.png"), fm.values().get("image"));
        assertEquals(List.of("post.md:6: warning: the key 'path' is written twice (first on line 5); the last one is used, as Jekyll and Hugo do",
                        "post.md:7: warning: the key 'title' is written twice (first on line 2); the last one is used, as Jekyll and Hugo do",
                        "post.md:8: warning: the key 'title' is written twice (first on line 2); the last one is used, as Jekyll and Hugo do"),
                fm.warnings().stream().map(Problem::headline).toList());
        assertEquals("remove the line you do not mean", fm.warnings().get(0).hint());
        assertEquals(List.of(), FrontMatter.parse("post.md", "---\ntitle: Once\n---\nBody\n").warnings());
    }

    @Test
    void tomlDuplicateKeysAreRefusedAtTheirLine() {
        Problem p = problem("post.md", "+++\ntitle = \"Hello\"\n\ntitle = \"Again\"\ndate = 2024-05-01\n+++\nBody\n");
        assertEquals(4, p.line());
        assertTrue(p.message().toLowerCase().contains("duplicate key"), p.message());
    }

    @Test
    void tomlUnterminatedStringNamesItsLine() {
        Problem p = problem("post.md", "+++\ntitle = \"Hello\"\n\ndescription = \"never closed\ndate = 2024-05-01\n+++\nBody\n");
        assertEquals(4, p.line());
    }

    @Test
    void jsonErrorsNameTheFileLine() {
        Problem p = problem("post.md", "{\n  \"title\": \"Hello\",\n  \"date\": \"2024-05-01\",\n}\nBody\n");
        assertEquals(4, p.line());
        assertTrue(p.message().contains("not valid JSON"), p.message());
        assertTrue(p.hint().contains("no comma after the last one"), p.hint());
    }

    @Test
    void jsonRepeatedKeysAreReadAsHugoReadsThemTheLastWinningWithAWarning() throws ProblemException {
        FrontMatter fm = FrontMatter.parse("post.md", "{\n  \"title\": \"Hello\",\n  \"cover\": {\"image\": \"a.jpg\",\n  \"image\": \"b.jpg\"},\n"
                + "  \"title\": \"Again\"\n}\nBody\n");
        assertEquals("Again", fm.values().get("title"));
        assertEquals(Map.of("image", "b.jpg"), fm.values().get("cover"));
        assertEquals("Body\n", fm.body());
        assertEquals(List.of("post.md:4: warning: the key 'image' is written twice (first on line 3); the last one is used, as Jekyll and Hugo do",
                        "post.md:5: warning: the key 'title' is written twice (first on line 2); the last one is used, as Jekyll and Hugo do"),
                fm.warnings().stream().map(Problem::headline).toList());
    }

    @Test
    void jsonFollowedByTextOnItsLastLineIsRefused() {
        Problem p = problem("post.md", "{\n  \"title\": \"Hello\"\n} and text\n");
        assertEquals(3, p.line());
    }

    @Test
    void unclosedTomlIsRefused() {
        Problem p = problem("post.md", "+++\ntitle = \"Hello\"\n\nBody without a closing line\n");
        assertEquals(1, p.line());
        assertTrue(p.hint().contains("'+++'"), p.hint());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Problem toml = problem("post.md", "+++\ntitle = " + deep + "\n+++\nBody\n");
        assertTrue(toml.message().contains("nested too deeply"), toml.message());
        Problem json = problem("post.md", "{\"title\": " + deep + "}\nBody\n");
        assertTrue(json.message().contains("nested too deeply"), json.message());
    }

    @Test
    void textWithoutFrontMatterIsRefused() {
        Problem p = problem("post.md", "# Just a heading\n");
        assertEquals(1, p.line());
        assertTrue(p.hint().contains("'---'"), p.hint());
    }

    private static Problem problem(String file, String text) {
        return assertThrows(ProblemException.class, () -> FrontMatter.parse(file, text)).problem();
    }
}
