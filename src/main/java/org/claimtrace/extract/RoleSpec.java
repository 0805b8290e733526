package org.claimtrace.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles a builder reads from the rules of its kind: those every rule must name, those it may
 * name, and sets of which a rule must name at least one. The rule book checks each rule against
 * its builder's spec when it loads, so a rule that lacks a role fails there, with its line.
 */
record RoleSpec(Set<String> required, Set<String> optional, Set<String> anyOf, Set<String> properties) {

    static RoleSpec of(Set<String> required, Set<String> optional) {
        return new RoleSpec(required, optional, Set.of(), Set.of());
    }

    RoleSpec anyOf(String... roles) {
        return new RoleSpec(required, optional, Set.of(roles), properties);
    }

    RoleSpec properties(String... names) {
        return new RoleSpec(required, optional, anyOf, Set.of(names));
    }

    /** What is wrong with a rule naming these roles and properties, or null when nothing is. */
    String problem(Set<String> roles, Set<String> props) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(roles);
        if (!missing.isEmpty()) return "names no " + String.join(", ", missing) + " (its builder needs " + new TreeSet<>(required) + ")";
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        known.addAll(anyOf);
        Set<String> unknown = new TreeSet<>(roles);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) return "names role " + String.join(", ", unknown) + " that its builder does not read (it reads " + new TreeSet<>(known) + ")";
        if (!anyOf.isEmpty() && roles.stream().noneMatch(anyOf::contains)) return "names none of " + new TreeSet<>(anyOf);
        Set<String> badProps = new TreeSet<>(props);
        badProps.removeAll(properties);
        if (!badProps.isEmpty()) return "has property " + String.join(", ", badProps) + " that its builder does not know"
                + (properties.isEmpty() ? "" : " (it knows " + new TreeSet<>(properties) + ")");
        return null;
    }
}
