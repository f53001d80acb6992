package dev.podium.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  @Test
  void eventsAtTheSameTimeLeaveInInsertionOrder() {
    EventQueue queue = new EventQueue();
    queue.push(5, 1, 10, 0);
    queue.push(1, 2, 20, 0);
    queue.push(5, 3, 30, 0);
    queue.push(1, 4, 40, 7);

    List<Integer> subjects = new ArrayList<>();
    while (!queue.isEmpty()) {
      queue.pop();
      subjects.add(queue.subject());
    }
    assertThat(subjects).containsExactly(20, 40, 10, 30);
  }

  @Test
  void rejectsNonFiniteTimesAndPopsOfAnEmptyQueue() {
    EventQueue queue = new EventQueue();
    assertThatThrownBy(() -> queue.push(Double.NaN, 0, 0, 0)).hasMessageContaining("finite");
    assertThatThrownBy(queue::pop).hasMessageContaining("empty");
  }

  @Property(tries = 200)
  void popsInTimeThenSequenceOrder(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 50) Integer> times) {
    EventQueue queue = new EventQueue();
    List<int[]> expected = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      queue.push(times.get(i), 0, i, 0);
      expected.add(new int[] {times.get(i), i});
    }
    expected.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
    for (int[] e : expected) {
      queue.pop();
      assertThat(queue.time()).isEqualTo(e[0]);
      assertThat(queue.subject()).isEqualTo(e[1]);
    }
    assertThat(queue.isEmpty()).isTrue();
  }
}
