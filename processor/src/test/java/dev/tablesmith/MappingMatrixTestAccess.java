package dev.tablesmith;

import dev.tablesmith.testing.TestCompiler;
import java.io.IOException;
import javax.tools.JavaFileObject;

/** The mapping matrix's sources and compiler settings, for the dialect tests in other packages. */
public final class MappingMatrixTestAccess {
    private MappingMatrixTestAccess() {}

    public static JavaFileObject[] sources() throws IOException {
        return MappingMatrixTest.sources();
    }

    public static TestCompiler namingRulesAsWarnings(TestCompiler compiler) {
        return MappingMatrixTest.namingRulesAsWarnings(compiler);
    }
}
