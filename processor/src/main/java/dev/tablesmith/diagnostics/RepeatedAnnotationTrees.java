package dev.tablesmith.diagnostics;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.tablesmith.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Positions inside a repeated annotation ({@code @TableIndex} written twice, which javac keeps as
 * one synthesized {@code @TableIndex.List}). javac's {@code Messager} cannot place a diagnostic on
 * a mirror inside that container and falls back to the declaration; here the source tree is
 * searched instead: the n-th written annotation of that type, then the member's value (and the
 * array element) in it. Only with javac; elsewhere (ecj places nested mirrors itself) nothing is
 * found and the caller prints as before.
 */
final class RepeatedAnnotationTrees {
    private static final Pattern CONTAINED = Pattern.compile("value\\[(\\d+)](?:\\.([A-Za-z_$][\\w$]*)(?:\\[(\\d+)])?)?");

    private final Trees trees;
    private final Types types;

    private RepeatedAnnotationTrees(Trees trees, Types types) {
        this.trees = trees;
        this.types = types;
    }

    static RepeatedAnnotationTrees of(ProcessingEnvironment env) {
        try {
            return new RepeatedAnnotationTrees(Trees.instance(env), env.getTypeUtils());
        } catch (IllegalArgumentException | LinkageError e) {
            return new RepeatedAnnotationTrees(null, null); // not javac
        }
    }

    /**
     * Prints the message at the value the origin names inside a repeated annotation's container;
     * false when this is not such an origin or the tree cannot be found.
     */
    boolean print(Diagnostic.Kind kind, String text, Element element, Position position, Origin origin) {
        if (trees == null || position.mirror() == null || origin.path() == null
                || element.getAnnotationMirrors().contains(position.mirror())) {
            return false; // not nested in a container on the element: Messager places it
        }
        Matcher m = CONTAINED.matcher(origin.path());
        if (!m.matches()) {
            return false;
        }
        try {
            TreePath path = trees.getPath(element);
            if (path == null) {
                return false;
            }
            Optional<Tree> target = find(path, position.mirror().getAnnotationType(), Integer.parseInt(m.group(1)),
                    m.group(2), m.group(3) == null ? -1 : Integer.parseInt(m.group(3)));
            if (target.isEmpty()) {
                return false;
            }
            trees.printMessage(kind, text, target.get(), path.getCompilationUnit());
            return true;
        } catch (RuntimeException e) {
            return false; // a position is worth less than the message: print it the plain way
        }
    }

    private Optional<Tree> find(TreePath declaration, TypeMirror annotationType, int occurrence, String member,
            int index) {
        List<AnnotationTree> ofType = new ArrayList<>();
        for (AnnotationTree a : annotations(declaration.getLeaf())) {
            TypeMirror type = trees.getTypeMirror(new TreePath(declaration, a));
            if (type != null && types.isSameType(type, annotationType)) {
                ofType.add(a);
            }
        }
        if (occurrence >= ofType.size()) {
            return Optional.empty();
        }
        AnnotationTree annotation = ofType.get(occurrence);
        if (member == null) {
            return Optional.of(annotation);
        }
        for (ExpressionTree argument : annotation.getArguments()) {
            ExpressionTree value = null;
            if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree id
                    && id.getName().contentEquals(member)) {
                value = assignment.getExpression();
            } else if (!(argument instanceof AssignmentTree) && member.equals("value")) {
                value = argument;
            }
            if (value == null) {
                continue;
            }
            if (index >= 0 && value instanceof NewArrayTree array && array.getInitializers() != null) {
                return index < array.getInitializers().size()
                        ? Optional.of(array.getInitializers().get(index)) : Optional.of(value);
            }
            return Optional.of(value);
        }
        return Optional.of(annotation);
    }

    private static List<? extends AnnotationTree> annotations(Tree declaration) {
        ModifiersTree modifiers = declaration instanceof ClassTree c ? c.getModifiers()
                : declaration instanceof VariableTree v ? v.getModifiers()
                : declaration instanceof MethodTree mt ? mt.getModifiers() : null;
        return modifiers == null ? List.of() : modifiers.getAnnotations();
    }
}
