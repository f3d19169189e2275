package dev.feedcard.init;

/** The static site generators {@code feedcard init} recognises, with where each keeps posts and public files. */
public enum Generator {
    HUGO("Hugo", "hugo"),
    JEKYLL("Jekyll", "jekyll build"),
    ASTRO("Astro", "astro build"),
    ELEVENTY("Eleventy", "npx @11ty/eleventy"),
    GATSBY("Gatsby", "gatsby build"),
    NEXT("Next.js", "next build"),
    PLAIN("plain Markdown folder", null);

    private final String displayName;
    private final String buildCommand;

    Generator(String displayName, String buildCommand) {
        this.displayName = displayName;
        this.buildCommand = buildCommand;
    }

    /** The generator's name as people write it, such as "Hugo". */
    public String displayName() {
        return displayName;
    }

    /** The command that builds the site, after which feedcard runs; null for a plain folder. */
    public String buildCommand() {
        return buildCommand;
    }
}
