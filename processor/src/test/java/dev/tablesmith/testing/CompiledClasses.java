package dev.tablesmith.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.tools.JavaFileObject;

/**
 * The classes of an in-memory compile-testing compilation, loadable, so Hibernate ORM can boot on
 * exactly the entities the processor saw.
 */
public final class CompiledClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    public CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            // compile-testing names them /CLASS_OUTPUT/pkg/Name.class
            String path = file.toUri().getPath();
            String relative = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
            String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** The classes annotated {@code @Entity}, sorted by name. */
    public List<Class<?>> entities() {
        List<Class<?>> out = new ArrayList<>();
        for (String name : classes.keySet().stream().sorted().toList()) {
            try {
                Class<?> c = loadClass(name);
                if (c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    out.add(c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Runs with this loader as the context class loader, as Hibernate looks classes up there too. */
    public <T> T with(Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
