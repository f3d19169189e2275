package dev.feedcard.pages;

/** A built page feedcard will not edit: not UTF-8 text, binary, or without the html/head structure to put tags in. */
public final class UnusablePageException extends Exception {
    /** Why the page cannot be edited. */
    public UnusablePageException(String reason) {
        super(reason, null, false, false);
    }
}
