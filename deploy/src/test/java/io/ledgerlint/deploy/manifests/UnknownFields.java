package io.ledgerlint.deploy.manifests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a manifest that its typed model does not know. fabric8's and Strimzi's models keep such fields in
 * {@code additionalProperties} instead of refusing them, so a misspelt {@code readinesProbe} would read without
 * complaint and do nothing in the cluster; this walks the model and names every one.
 */
final class UnknownFields {

    private static final List<String> MODEL_PACKAGES = List.of("io.fabric8.kubernetes.api.model.", "io.strimzi.api.");

    private final List<String> found = new ArrayList<>();
    private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    private UnknownFields() {
    }

    /** Paths such as {@code spec.template.spec.containers[0].readinesProbe}; empty when every field is known. */
    static List<String> in(Object model) {
        UnknownFields walk = new UnknownFields();
        walk.visit(model, "");
        return walk.found;
    }

    private void visit(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                visit(element, path + "[" + index++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> visit(element, path + "." + key));
            return;
        }
        if (!isModel(value.getClass()) || !visited.add(value)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(name -> found.add(path.isEmpty() ? name.toString() : path + "." + name));
                }
            } else {
                visit(property, (path.isEmpty() ? "" : path + ".") + propertyName(getter));
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return !type.isEnum() && MODEL_PACKAGES.stream().anyMatch(type.getName()::startsWith);
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass")
                && !method.getReturnType().isPrimitive() && method.getReturnType() != String.class;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
