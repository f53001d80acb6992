package dev.podium.topology.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;

/**
 * A Jackson module that reads hardware parts as {@link HardwareCatalog} keys ({@code accelerator:
 * H100}, {@code nic: roce-400g}, {@code switch: qm9700}) and writes them back as their keys. An
 * unknown key fails with the catalog's message, which lists the known keys.
 */
public final class CatalogModule extends SimpleModule {

  private static final long serialVersionUID = 1L;
  private static final Set<Class<?>> PARTS = Set.of(AcceleratorModel.class, LinkModel.class, SwitchModel.class);

  /** The module with the three part types registered. */
  public CatalogModule() {
    super("podium-catalog");
    register(AcceleratorModel.class, HardwareCatalog::accelerator, AcceleratorModel::name);
    register(LinkModel.class, HardwareCatalog::link, LinkModel::name);
    register(SwitchModel.class, HardwareCatalog::switchModel, SwitchModel::name);
  }

  /** Whether {@code type} is a part this module reads by key. */
  public static boolean isPart(Class<?> type) {
    return PARTS.contains(type);
  }

  private <T> void register(Class<T> type, Function<String, T> lookup, Function<T, String> key) {
    addDeserializer(type, new PartDeserializer<>(type, lookup));
    addSerializer(type, new PartSerializer<>(type, key));
  }

  private static final class PartDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> lookup;

    PartDeserializer(Class<T> type, Function<String, T> lookup) {
      super(type);
      this.lookup = lookup;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String key = p.getText();
      try {
        return lookup.apply(key);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), key, handledType());
      }
    }
  }

  private static final class PartSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> key;

    PartSerializer(Class<T> type, Function<T, String> key) {
      super(type);
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(key.apply(value));
    }
  }
}
