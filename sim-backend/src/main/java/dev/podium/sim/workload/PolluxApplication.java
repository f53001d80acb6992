package dev.podium.sim.workload;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One application of the Pollux workloads and how much work a job of it does. Pollux's profiles give
 * the time of one step but not the number of steps, so a job is taken to run {@code epochs} passes
 * over {@code samplesPerEpoch} samples: {@code ceil(epochs x samplesPerEpoch / batch)} steps. Epochs
 * are Pollux's {@code max_epochs} ({@code simulator/applications.py} of petuum/adaptdl); the sample
 * counts are the datasets' published training-set sizes, except where {@code source} says assumed.
 *
 * @param name application name as in the workload files
 * @param epochs passes over the training set
 * @param samplesPerEpoch training samples per pass
 * @param maxLocalBatch largest per-GPU batch before gradient accumulation, 0 for the largest profiled
 * @param source where the numbers come from
 */
public record PolluxApplication(String name, int epochs, long samplesPerEpoch, int maxLocalBatch, String source) {

  private static final String POLLUX = "epochs: Pollux simulator/applications.py max_epochs (petuum/adaptdl"
      + " osdi21-artifact)";
  private static final Map<String, PolluxApplication> ALL = new LinkedHashMap<>();

  static {
    add(new PolluxApplication("bert", 2, 87_599, 0,
        POLLUX + "; samples: SQuAD v1.1 training questions (Rajpurkar et al., EMNLP 2016); BERT fine-tuning"));
    add(new PolluxApplication("cifar10", 100, 50_000, 0,
        POLLUX + "; samples: CIFAR-10 training images (Krizhevsky 2009); ResNet-18"));
    add(new PolluxApplication("deepspeech2", 80, 7_924, 0,
        POLLUX + " (also --epochs=80 in its deepspeech2 job); samples ASSUMED, unconfirmed: 7 CMU ARCTIC voices x"
            + " 1,132 prompts (Pollux trained on a VoxForge cmu_us manifest of unpublished size)"));
    add(new PolluxApplication("imagenet", 90, 1_281_167, 0,
        POLLUX + "; samples: ILSVRC-2012 training images (Russakovsky et al., IJCV 2015); ResNet-50"));
    add(new PolluxApplication("ncf", 10, 4_970_845, 0,
        POLLUX + "; samples: MovieLens-1M 1,000,209 ratings less 6,040 held-out (leave-one-out) = 994,169"
            + " positives, each with 4 sampled negatives (He et al., WWW 2017; the count of negatives is assumed)"));
    add(new PolluxApplication("yolov3", 50, 16_551, 8,
        POLLUX + ", which also caps the local batch at 8; samples: PASCAL VOC 2007+2012 trainval images"
            + " (Everingham et al., IJCV 2010)"));
  }

  /** Checks every field. */
  public PolluxApplication {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("pollux application: name must be non-blank");
    }
    if (epochs < 1 || samplesPerEpoch < 1 || maxLocalBatch < 0) {
      throw new IllegalArgumentException("pollux application " + name + ": epochs and samples must be >= 1");
    }
  }

  /** The application called {@code name}, or null. */
  public static PolluxApplication find(String name) {
    return ALL.get(name);
  }

  /** Names of all known applications. */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(ALL.keySet());
  }

  /** Optimizer steps of a job with this global batch. */
  public long steps(int globalBatch) {
    return ((long) epochs * samplesPerEpoch + globalBatch - 1) / globalBatch;
  }

  private static void add(PolluxApplication app) {
    ALL.put(app.name(), app);
  }
}
