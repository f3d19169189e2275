package dev.feedcard.cli;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.feedcard.testing.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI files a user copies from docs/recipes run the README's publish step, word for word, and those commands work:
 * run on a small blog, check passes and build publishes its feeds into the pages folder.
 */
class PublishRecipesTest {
    private static final Path RECIPES = Path.of("docs/recipes");

    /** The feedcard commands of the README's publish step, in order. */
    private static List<String> readmeCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String step = readme.substring(readme.indexOf("## In a publish step"));
        step = step.substring(step.indexOf("```sh"), step.indexOf("```", step.indexOf("```sh") + 5));
        return step.lines().filter(line -> line.startsWith("java -jar feedcard.jar")).toList();
    }

    private static List<String> feedcardCommands(List<?> commands) {
        List<String> found = new ArrayList<>();
        for (Object command : commands) {
            for (String part : String.valueOf(command).split(" && ")) if (part.contains("feedcard.jar")) found.add(part.strip());
        }
        return found;
    }

    @Test
    void everyRecipeRunsTheReadmesCommands() throws Exception {
        List<String> readme = readmeCommands();
        assertEquals(2, readme.size(), readme.toString());
        assertTrue(readme.get(0).startsWith("java -jar feedcard.jar check ") && readme.get(1).startsWith("java -jar feedcard.jar build "), readme.toString());
        Load yaml = new Load(LoadSettings.builder().build());

        Map<?, ?> actions = (Map<?, ?>) yaml.loadFromString(Files.readString(RECIPES.resolve("github-actions.yml")));
        Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) actions.get("jobs")).get("publish");
        List<Object> runs = new ArrayList<>();
        for (Object step : (List<?>) job.get("steps")) if (((Map<?, ?>) step).containsKey("run")) runs.add(((Map<?, ?>) step).get("run"));
        assertEquals(readme, feedcardCommands(runs), "GitHub Actions");
        assertTrue(Files.readString(RECIPES.resolve("github-actions.yml")).contains("path: public/.feedcard/cache"), "the cache is kept between runs");

        Map<?, ?> gitlab = (Map<?, ?>) yaml.loadFromString(Files.readString(RECIPES.resolve("gitlab-ci.yml")));
        assertEquals(readme, feedcardCommands((List<?>) ((Map<?, ?>) gitlab.get("pages")).get("script")), "GitLab CI");

        Map<?, ?> netlify = new TomlMapper().readValue(RECIPES.resolve("netlify.toml").toFile(), Map.class);
        String netlifyCommand = String.valueOf(((Map<?, ?>) netlify.get("build")).get("command"));
        assertEquals(readme, feedcardCommands(List.of(netlifyCommand)), "Netlify");

        String publish = Files.readString(Path.of("docs/publish.md"));
        assertTrue(publish.contains("Build command: `" + netlifyCommand + "`"), "Cloudflare Pages runs the same command as Netlify");
    }

    @Test
    void theReadmesCommandsPublishABlog(@TempDir Path dir) throws Exception {
        TestBlog blog = new TestBlog(dir);
        blog.post("hello.md", "Hello", "2024-05-01");
        Path pages = Files.createDirectories(blog.out());
        Files.writeString(pages.resolve("index.html"), "<html><head><title>Home</title></head><body></body></html>");
        for (String command : readmeCommands()) {
            String[] args = Arrays.stream(command.substring("java -jar feedcard.jar ".length()).split(" "))
                    .map(arg -> arg.equals("content/blog") ? blog.content().toString() : arg.equals("public") ? pages.toString() : arg)
                    .toArray(String[]::new);
            TestBlog.Run run = TestBlog.run(args);
            assertEquals(0, run.code(), command + "\n" + run);
        }
        assertTrue(Files.exists(pages.resolve("atom.xml")) && Files.exists(pages.resolve("cards/hello.jpg")));
    }
}
