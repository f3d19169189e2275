package dev.feedcard.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's own inline parser, whose matches no longer copy the paragraph they are in. flexmark asks a
 * {@link Matcher} for a {@code toMatchResult()} of every pattern it matches at its position (the spaces around a
 * link's destination, a link's title, the rest of a line), and on Java 17 that makes a String of the whole text
 * matched in, here the paragraph: a paragraph with many links is copied once for each. Parsing the benchmark's
 * posts spent a tenth of its time making those copies. The matches found, and so the document, are the same.
 */
final class InlineMatches extends CommonmarkInlineParser {

    private InlineMatches(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                          Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                          List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /**
     * A builder of parsers with this inline parser. Given an inline parser of its own, flexmark leaves out the link
     * reference definitions ("[id]: https://…"), which its own inline parser finds: they are added back.
     */
    static Parser.Builder parser(DataHolder options) {
        InlineParserFactory factory = InlineMatches::new;
        return Parser.builder(options).customInlineParserFactory(factory)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcherAtIndex(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcherAtIndex(re);
        if (matcher == null) return null;
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** A matcher that found {@code re} in the rest of the input, which it moved the index past; null when none did. */
    private Matcher matcherAtIndex(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return matcher;
    }
}
