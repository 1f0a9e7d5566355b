package io.longwatch.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.formats.FieldInterest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-reader path plan: canonical names per layout, interning, bounds. */
class PathTreeTest {

    private final LayoutSet layouts = LayoutSet.standard();

    private int layout(String name) {
        for (int i = 0; i < layouts.size(); i++) {
            if (layouts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void samePathGetsEachLayoutsName() {
        PathTree tree = new PathTree(layouts, FieldInterest.of(Set.of("Image")));
        PathNode sourceName = tree.child(tree.root(), "SourceName");
        assertThat(sourceName.canonical[layout("flattened-windows")]).isEqualTo("Provider_Name");
        assertThat(sourceName.canonical[layout("generic")]).isEqualTo("SourceName");
        assertThat(sourceName.emit[layout("flattened-windows")]).as("System field, always").isTrue();
        assertThat(sourceName.emit[layout("generic")]).as("not wanted in generic JSON").isFalse();

        PathNode attr = tree.child(tree.child(tree.child(tree.child(tree.child(tree.root(), "Event"), "System"),
                "Execution"), "#attributes"), "ProcessID");
        int crate = layout("evtx-crate");
        assertThat(attr.canonical[crate]).isEqualTo("Execution_ProcessID").isSameAs("Execution_ProcessID".intern());
        assertThat(attr.path).isEqualTo("Event.System.Execution.#attributes.ProcessID");
        assertThat(tree.child(tree.root(), "SourceName")).as("cached").isSameAs(sourceName);
    }

    @Test
    void twoPathsWithOneNameAreFlaggedAsColliding() {
        PathTree tree = new PathTree(layouts, FieldInterest.all());
        PathNode system = tree.child(tree.child(tree.root(), "Event"), "System");
        PathNode plain = tree.child(system, "EventID");
        PathNode text = tree.child(tree.child(system, "EventID"), "#text");
        int crate = layout("evtx-crate");
        assertThat(plain.canonical[crate]).isEqualTo("EventID");
        assertThat(text.canonical[crate]).isEqualTo("EventID");
        assertThat(plain.mayCollide[crate]).isTrue();
        assertThat(text.mayCollide[crate]).isTrue();
        assertThat(tree.child(system, "Channel").mayCollide[crate]).isFalse();
    }

    @Test
    void pastTheCacheBoundNodesArePlannedAfreshAndAlwaysCheckedForClashes() {
        PathTree tree = new PathTree(layouts, FieldInterest.all());
        for (int i = 0; i < PathTree.MAX_CACHED_NODES; i++) {
            tree.child(tree.root(), ("k" + i).intern());
        }
        PathNode late = tree.child(tree.root(), "late");
        assertThat(tree.child(tree.root(), "late")).isNotSameAs(late);
        assertThat(late.mayCollide[layout("generic")]).isTrue();
        assertThat(late.path).isSameAs("late");
    }
}
