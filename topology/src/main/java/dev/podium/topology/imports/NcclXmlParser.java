package dev.podium.topology.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an NCCL topology dump with the JDK's StAX parser, DTDs and external entities disabled (a
 * document with a DTD is rejected). Understands {@code system, cpu, pci, gpu, nvlink, nic, net};
 * other elements ({@code pcilink}, {@code c2c}, ...) are skipped.
 */
final class NcclXmlParser {

  private static final Pattern RATE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*GT/s.*");

  private final String source;
  private final XMLStreamReader xml;
  private final List<NcclHost.Cpu> cpus = new ArrayList<>();
  private final List<NcclHost.Gpu> gpus = new ArrayList<>();
  private final Set<String> nvSwitches = new LinkedHashSet<>();
  private final List<NcclHost.Nic> nics = new ArrayList<>();
  private final Set<Integer> gpuDevs = new HashSet<>();
  private final Deque<Pci> pcis = new ArrayDeque<>();
  private int depth;
  private Integer numaId;
  private GpuInProgress gpu;
  private NicInProgress nic;

  private NcclXmlParser(String source, XMLStreamReader xml) {
    this.source = source;
    this.xml = xml;
  }

  /** Parses {@code file}. */
  static NcclHost parse(Path file) {
    String source = file.toString();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return new NcclXmlParser(source, xml).read();
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        throw new ImportException(source, line, null, "malformed XML: " + e.getMessage(), e);
      } finally {
        xml.close();
      }
    } catch (NoSuchFileException e) {
      throw new ImportException(source, 0, null, "no such file", e);
    } catch (IOException | XMLStreamException e) {
      throw new ImportException(source, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private NcclHost read() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw error(null, "a DTD is not allowed in an NCCL topology dump");
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        start(xml.getLocalName());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        end(xml.getLocalName());
        depth--;
      }
    }
    if (gpus.isEmpty()) {
      throw new ImportException(source, 0, null, "no <gpu> element: not the dump of a GPU host");
    }
    return new NcclHost(source, cpus, gpus, List.copyOf(nvSwitches), nics);
  }

  private void start(String name) {
    if (depth == 1) {
      if (!name.equals("system")) {
        throw error(null, "expected <system> as the root element, found <" + name + ">");
      }
      return;
    }
    switch (name) {
      case "cpu" -> {
        numaId = number(name, "numaid", true);
        cpus.add(new NcclHost.Cpu(numaId, xml.getAttributeValue(null, "arch"), xml.getAttributeValue(null, "vendor"),
            number(name, "familyid", false), number(name, "modelid", false), xml.getAttributeValue(null, "affinity")));
      }
      case "pci" -> {
        Pci pci = new Pci(text(name, "busid"), xml.getAttributeValue(null, "class"),
            rate(name), number(name, "link_width", false));
        pcis.push(pci);
        if (pci.pciClass() != null && pci.pciClass().startsWith("0x02") && nic == null) {
          nic = new NicInProgress(depth, pci.busId(), pci.pciClass());
        }
      }
      case "gpu" -> startGpu(name);
      case "nvlink" -> {
        if (gpu == null) {
          throw error("<nvlink>", "outside a <gpu>");
        }
        String targetClass = text(name, "tclass");
        NcclHost.Target target = targetClass.startsWith("0x03") ? NcclHost.Target.GPU
            : targetClass.equals("0x068001") ? NcclHost.Target.CPU : NcclHost.Target.NVSWITCH;
        String busId = text(name, "target");
        int count = number(name, "count", true);
        if (count < 1) {
          throw error("<nvlink> count", "must be >= 1, was " + count);
        }
        gpu.nvlinks.add(new NcclHost.NvLink(busId, count, target, targetClass));
        if (target == NcclHost.Target.NVSWITCH) {
          nvSwitches.add(busId);
        }
      }
      case "nic" -> {
        if (nic == null) {
          nic = new NicInProgress(depth, null, null);
        }
      }
      case "net" -> {
        if (nic == null) {
          throw error("<net>", "outside a <nic>");
        }
        Integer speed = number(name, "speed", false);
        nic.ports.add(new NcclHost.Port(xml.getAttributeValue(null, "name"), number(name, "dev", true),
            speed == null || speed < 0 ? 0 : speed));
      }
      default -> {
        // Elements Podium does not model (pcilink, c2c, ...).
      }
    }
  }

  private void startGpu(String name) {
    Pci pci = pcis.peek();
    if (pci == null || numaId == null) {
      throw error("<gpu>", "outside a <pci> device of a <cpu>");
    }
    int dev = number(name, "dev", true);
    if (!gpuDevs.add(dev)) {
      throw error("<gpu> dev", "duplicate GPU " + dev);
    }
    int sm = number(name, "sm", true);
    if (!gpus.isEmpty() && gpus.get(0).sm() != sm) {
      throw error("<gpu> sm", "GPU " + dev + " has sm " + sm + " but GPU " + gpus.get(0).dev() + " has sm "
          + gpus.get(0).sm() + "; one host has one GPU model");
    }
    Integer gdr = number(name, "gdr", false);
    Integer lanes = pci.lanes();
    gpu = new GpuInProgress(dev, number(name, "rank", true), sm, pci.busId(), numaId, gdr != null && gdr == 1,
        pci.gtPerSecond(), lanes == null ? 0 : lanes);
  }

  private void end(String name) {
    if (name.equals("gpu") && gpu != null) {
      gpus.add(gpu.build());
      gpu = null;
    }
    if (nic != null && nic.depth == depth) {
      nics.add(new NcclHost.Nic(nic.busId, numaId == null ? -1 : numaId, nic.pciClass, nic.ports));
      nic = null;
    }
    if (name.equals("pci")) {
      pcis.pop();
    }
    if (name.equals("cpu")) {
      numaId = null;
    }
  }

  private String text(String element, String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    if (value == null || value.isBlank()) {
      throw error("<" + element + "> " + attribute, "missing attribute");
    }
    return value;
  }

  private Integer number(String element, String attribute, boolean required) {
    String value = xml.getAttributeValue(null, attribute);
    if (value == null && !required) {
      return null;
    }
    String text = text(element, attribute);
    try {
      return Integer.decode(text.trim());
    } catch (NumberFormatException e) {
      throw error("<" + element + "> " + attribute, "not a whole number: '" + text + "'");
    }
  }

  private double rate(String element) {
    String value = xml.getAttributeValue(null, "link_speed");
    if (value == null) {
      return 0;
    }
    Matcher m = RATE.matcher(value);
    if (!m.matches()) {
      throw error("<" + element + "> link_speed", "expected a rate like '16 GT/s', was '" + value + "'");
    }
    return Double.parseDouble(m.group(1));
  }

  private ImportException error(String where, String reason) {
    return new ImportException(source, xml.getLocation().getLineNumber(), where, reason);
  }

  private record Pci(String busId, String pciClass, double gtPerSecond, Integer lanes) {}

  private static final class GpuInProgress {
    private final int dev;
    private final int rank;
    private final int sm;
    private final String busId;
    private final int numaId;
    private final boolean gdr;
    private final double gtPerSecond;
    private final int lanes;
    private final List<NcclHost.NvLink> nvlinks = new ArrayList<>();

    GpuInProgress(int dev, int rank, int sm, String busId, int numaId, boolean gdr, double gtPerSecond, int lanes) {
      this.dev = dev;
      this.rank = rank;
      this.sm = sm;
      this.busId = busId;
      this.numaId = numaId;
      this.gdr = gdr;
      this.gtPerSecond = gtPerSecond;
      this.lanes = lanes;
    }

    NcclHost.Gpu build() {
      return new NcclHost.Gpu(dev, rank, sm, busId, numaId, gdr, gtPerSecond, lanes, nvlinks);
    }
  }

  private static final class NicInProgress {
    private final int depth;
    private final String busId;
    private final String pciClass;
    private final List<NcclHost.Port> ports = new ArrayList<>();

    NicInProgress(int depth, String busId, String pciClass) {
      this.depth = depth;
      this.busId = busId;
      this.pciClass = pciClass;
    }
  }
}
