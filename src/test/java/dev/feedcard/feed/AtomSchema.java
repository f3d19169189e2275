package dev.feedcard.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4287's RELAX NG schema (Appendix B, in src/test/resources), applied with Jing. */
final class AtomSchema {
    private AtomSchema() {
    }

    /** Every schema error in the file, as "line N: message"; empty when the feed is valid Atom. */
    static List<String> errors(Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, handler);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        URL schema = AtomSchema.class.getResource("rfc4287-atom.rnc");
        if (schema == null) throw new IllegalStateException("rfc4287-atom.rnc is missing from the test resources");
        if (!driver.loadSchema(new InputSource(schema.toString()))) throw new IllegalStateException("the Atom schema did not load: " + errors);
        driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        return errors;
    }
}
