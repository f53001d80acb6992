package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedRowsTest {

  private static final String PHILLY_HEADER = "timestamp,duration,num_gpus,gpu_time,cluster";
  private static final String GOOD = "2017-10-09 07:01:55,66.0,1,66.0,vc1";

  @TempDir
  Path dir;

  private Path philly(String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = PHILLY_HEADER;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return TestFiles.write(dir, "philly.csv", lines);
  }

  private static void rejects(Path file, long line, String reason) {
    assertThatThrownBy(() -> Workloads.load(file.toString(), 1))
        .isInstanceOf(WorkloadFormatException.class)
        .hasMessage(file + ":" + line + ": " + reason)
        .satisfies(e -> {
          WorkloadFormatException error = (WorkloadFormatException) e;
          assertThat(error.file()).isEqualTo(file.toString());
          assertThat(error.line()).isEqualTo(line);
          assertThat(error.reason()).isEqualTo(reason);
        });
  }

  @Test
  void phillyRowsNameFileLineAndReason() {
    rejects(philly(GOOD, "2017-10-09 07:01:55,66.0,1,66.0"), 3,
        "expected 5 columns (timestamp,duration,num_gpus,gpu_time,cluster), found 4");
    rejects(philly(GOOD, GOOD, "2017-10-09 07:01:55,abc,1,66.0,vc1"), 4, "duration: 'abc' is not a number");
    rejects(philly("2017-10-09 07:01:55,66.0,0,0,vc1"), 2, "num_gpus must be >= 1, was 0");
    rejects(philly("2017-10-09 07:01:55,-5,1,66.0,vc1"), 2, "duration must be > 0, was -5");
    rejects(philly("2017-13-09 07:01:55,66.0,1,66.0,vc1"), 2,
        "timestamp: '2017-13-09 07:01:55' is not a date: Invalid value for MonthOfYear (valid values 1 - 12): 13");
    rejects(philly("2017/10/09 07:01:55,66.0,1,66.0,vc1"), 2,
        "timestamp: '2017/10/09 07:01:55' is not YYYY-MM-DD HH:MM:SS");
  }

  @Test
  void aMissingHeaderColumnIsFatalEvenWhenSkipping() {
    Path file = TestFiles.write(dir, "jobs.csv", "id,tenant,steps", "a,t,5");
    rejects(file, 1, "missing header column 'submit_seconds'; header is id,tenant,steps");
    assertThatThrownBy(() -> Workloads.load(file.toString(), 1, ReadOptions.defaults().skippingBadRows()))
        .hasMessageContaining("missing header column 'submit_seconds'");
    Path phillyLike = TestFiles.write(dir, "p.csv", "timestamp,duration,num_gpus,cluster", "x,1,1,vc");
    assertThatThrownBy(() -> PhillyReader.read(phillyLike, 1, ReadOptions.defaults()))
        .hasMessage(phillyLike + ":1: missing header column 'gpu_time'; header is timestamp,duration,num_gpus,cluster");
  }

  @Test
  void skipBadRowsCountsThemAndKeepsTheRest() {
    Path file = philly(GOOD, "bad,66.0,1,66.0,vc1", "2017-10-09 07:01:56,66.0,x,66.0,vc1", GOOD, "only,two");
    Workload w = Workloads.load(file.toString(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.size()).isEqualTo(2);
    assertThat(w.skipped().count()).isEqualTo(3);
    assertThat(w.skipped().examples()).containsExactly(
        file + ":3: timestamp: 'bad' is not YYYY-MM-DD HH:MM:SS",
        file + ":4: num_gpus: 'x' is not an integer",
        file + ":6: expected 5 columns (timestamp,duration,num_gpus,gpu_time,cluster), found 2");
  }

  @Test
  void pollux_unknownApplication() {
    Path file = TestFiles.write(dir, "workload.csv", "name,time,application,num_replicas,batch_size",
        "cifar10-0,107,cifar10,6,2048", "gpt-1,110,gpt5,6,320");
    rejects(file, 3, "unknown application 'gpt5'; known: bert, cifar10, deepspeech2, imagenet, ncf, yolov3");
    Workload w = PolluxReader.read(file, TestFiles.profiles(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.size()).isEqualTo(1);
    assertThat(w.skipped().count()).isEqualTo(1);
  }

  @Test
  void tiresias_zeroGpusAndBadIterations() {
    Path file = TestFiles.write(dir, "t.csv", "job_id,num_gpu,submit_time,iterations,model_name,duration,interval",
        "0,1,0,606,vgg19,164,30", "1,0,30,133,vgg11,147,23", "2,2,53,1.5,inception4,127,26");
    rejects(file, 3, "num_gpu must be >= 1, was 0");
    Workload w = Workloads.load(file.toString(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.skipped().count()).isEqualTo(2);
    assertThat(w.skipped().examples().get(1)).isEqualTo(file + ":4: iterations: '1.5' is not an integer");
  }

  @Test
  void genericCsv_unknownColumnModelAndWork() {
    Path unknown = TestFiles.write(dir, "u.csv", "id,submit_seconds,gpus,steps", "a,0,8,5");
    rejects(unknown, 1, "unknown column 'gpus'; expected id,submit_seconds,tenant,priority,tp,cp,pp,dp,ep,model,steps,"
        + "duration_seconds");
    Path noWork = TestFiles.write(dir, "w.csv", "id,submit_seconds,dp", "a,0,8");
    rejects(noWork, 1, "missing header column: need steps or duration_seconds");
    Path rows = TestFiles.write(dir, "r.csv", "id,submit_seconds,tp,dp,model,steps,duration_seconds",
        "# a comment", "a,0,8,1,llama3-8b,10,", "b,0,8,1,llama5,10,", "c,0,1,1,,10,60", "a,5,1,1,,,60",
        "d,0,3,1,llama3-8b,10,", "e,-1,1,1,,,60");
    assertThatThrownBy(() -> Workloads.load(rows.toString(), 1))
        .hasMessageStartingWith(rows + ":4: unknown model 'llama5'; known: llama3-8b");
    Workload w = Workloads.load(rows.toString(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.size()).isEqualTo(1);
    assertThat(w.skipped().count()).isEqualTo(5);
    assertThat(w.skipped().examples()).element(1).isEqualTo(rows + ":5: give exactly one of steps or duration_seconds");
    assertThat(w.skipped().examples()).element(2).isEqualTo(rows + ":6: duplicate job id 'a' (first on line 3)");
    assertThat(w.skipped().examples()).element(3).asString().startsWith(rows + ":7: job d (model llama3-8b")
        .contains("tp=3 must divide attentionHeads=32");
    assertThat(w.skipped().examples()).element(4).isEqualTo(rows + ":8: submit_seconds must be >= 0, was -1");
  }

  @Test
  void json_linesAndArrayNameTheLine() {
    Path lines = TestFiles.write(dir, "j.jsonl",
        "{\"id\": \"a\", \"submit_seconds\": 0, \"steps\": 5}",
        "",
        "{\"id\": \"b\", \"submit_seconds\": 0, \"steps\": 5, \"gpus\": 8}",
        "{\"id\": \"c\", \"steps\": 5}",
        "{\"id\": \"d\", \"submit_seconds\": 0, \"dp\": [2], \"steps\": 5}",
        "{\"id\": \"e\", \"submit_seconds\": 0, ",
        "[1]");
    rejects(lines, 3, "unknown key 'gpus'; expected id,submit_seconds,tenant,priority,tp,cp,pp,dp,ep,model,steps,"
        + "duration_seconds");
    Workload w = Workloads.load(lines.toString(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.size()).isEqualTo(1);
    assertThat(w.skipped().count()).isEqualTo(5);
    assertThat(w.skipped().examples()).element(1).isEqualTo(lines + ":4: missing key 'submit_seconds'");
    assertThat(w.skipped().examples()).element(2).isEqualTo(lines + ":5: dp must be a number or a string, was array");
    assertThat(w.skipped().examples()).element(3).asString().startsWith(lines + ":6: not JSON");
    assertThat(w.skipped().examples()).element(4).isEqualTo(lines + ":7: expected a job object, found array");

    Path array = TestFiles.write(dir, "j.json", "[", "  {\"id\": \"a\", \"submit_seconds\": 0, \"steps\": 5},",
        "  {\"id\": \"b\", \"submit_seconds\": \"soon\", \"steps\": 5}", "]");
    rejects(array, 3, "submit_seconds: 'soon' is not a number");
    Path broken = TestFiles.write(dir, "b.json", "[", "  {\"id\": \"a\", \"submit_seconds\": 0, \"steps\": 5},",
        "  {\"id\": \"b\" \"submit_seconds\": 0}", "]");
    assertThatThrownBy(() -> Workloads.load(broken.toString(), 1, ReadOptions.defaults().skippingBadRows()))
        .isInstanceOf(WorkloadFormatException.class).hasMessageStartingWith(broken + ":3: not JSON");
  }

  @Test
  void anUnterminatedQuoteIsARowError() {
    Path file = TestFiles.write(dir, "q.csv", "id,submit_seconds,tenant,steps", "\"a,b\",0,\"t \"\"x\"\"\",5",
        "\"c,0,t,5");
    Workload w = Workloads.load(file.toString(), 1, ReadOptions.defaults().skippingBadRows());
    assertThat(w.jobs()).singleElement().satisfies(job -> {
      assertThat(job.id()).isEqualTo("a,b");
      assertThat(job.tenant()).isEqualTo("t \"x\"");
    });
    assertThat(w.skipped().examples()).containsExactly(file + ":3: unterminated quoted field");
  }
}
