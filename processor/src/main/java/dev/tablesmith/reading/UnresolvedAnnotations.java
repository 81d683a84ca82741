package dev.tablesmith.reading;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Annotations javac could not resolve ({@code @Audited} without its import). javac leaves them out
 * of {@link Element#getAnnotationMirrors()}, so only the source tree shows them; this looks at the
 * tree through the compiler's {@link Trees} where there is one (javac), and answers "none" where
 * there is not (ecj keeps such annotations as mirrors of an error type, which {@link MissingTypes}
 * sees).
 */
final class UnresolvedAnnotations {
    private final Trees trees;
    private final Map<TypeElement, Map<Element, TreePath>> fieldPaths = new HashMap<>();

    private UnresolvedAnnotations(Trees trees) {
        this.trees = trees;
    }

    static UnresolvedAnnotations of(ProcessingEnvironment env) {
        try {
            return new UnresolvedAnnotations(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError e) {
            return new UnresolvedAnnotations(null); // not javac
        }
    }

    /** Whether the element's declaration carries an annotation whose type did not resolve. */
    boolean on(Element element) {
        if (trees == null) {
            return false;
        }
        TreePath path = pathOf(element);
        if (path == null) {
            return false; // from a class file: javac resolved it when it was compiled
        }
        for (AnnotationTree annotation : annotations(path.getLeaf())) {
            TypeMirror type = trees.getTypeMirror(new TreePath(path, annotation));
            if (type != null && type.getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's declaration. {@code Trees.getPath} scans the whole compilation unit for each
     * element it is asked about, so the fields of a class are found from one path of the class.
     */
    private TreePath pathOf(Element element) {
        if (element.getKind() != ElementKind.FIELD || !(element.getEnclosingElement() instanceof TypeElement type)) {
            return trees.getPath(element);
        }
        Map<Element, TreePath> fields = fieldPaths.computeIfAbsent(type, this::fieldPaths);
        TreePath path = fields.get(element);
        return path != null ? path : trees.getPath(element);
    }

    private Map<Element, TreePath> fieldPaths(TypeElement type) {
        Map<Element, TreePath> paths = new HashMap<>();
        TreePath classPath = trees.getPath(type);
        if (classPath != null && classPath.getLeaf() instanceof ClassTree c) {
            for (Tree member : c.getMembers()) {
                if (member instanceof VariableTree) {
                    TreePath memberPath = new TreePath(classPath, member);
                    Element field = trees.getElement(memberPath);
                    if (field != null) {
                        paths.put(field, memberPath);
                    }
                }
            }
        }
        return paths;
    }

    private static List<? extends AnnotationTree> annotations(Tree declaration) {
        ModifiersTree modifiers = declaration instanceof ClassTree c ? c.getModifiers()
                : declaration instanceof VariableTree v ? v.getModifiers() : null;
        return modifiers == null ? List.of() : modifiers.getAnnotations();
    }
}
