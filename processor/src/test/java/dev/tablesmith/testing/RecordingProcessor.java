package dev.tablesmith.testing;

import dev.tablesmith.processor.TablesmithProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link TablesmithProcessor} with a {@link Filer} that records every source file it creates,
 * in which round, and the originating elements it names, which compile-testing does not show.
 */
public final class RecordingProcessor extends AbstractProcessor {
    /** One {@code createSourceFile} call. */
    public record Created(String name, List<String> origins, int round, boolean lastRound) {}

    private final TablesmithProcessor delegate = new TablesmithProcessor();
    private final Map<String, Created> created = new LinkedHashMap<>();
    private int round;
    private boolean lastRound;

    public Map<String, Created> created() {
        return created;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = env.getFiler();
        Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createSourceFile")) {
                        List<String> origins = new ArrayList<>();
                        if (args.length > 1 && args[1] != null) {
                            for (Element e : (Element[]) args[1]) {
                                origins.add(((QualifiedNameable) e).getQualifiedName().toString());
                            }
                        }
                        String name = args[0].toString();
                        created.put(name, new Created(name, origins, round, lastRound));
                    }
                    return invoke(method, filer, args);
                });
        ProcessingEnvironment wrapped = (ProcessingEnvironment) Proxy.newProxyInstance(
                ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> method.getName().equals("getFiler") ? recording : invoke(method, env, args));
        delegate.init(wrapped);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        round++;
        lastRound = roundEnv.processingOver();
        return delegate.process(annotations, roundEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public String toString() {
        return "RecordingProcessor" + Arrays.asList(created.values().toArray());
    }
}
