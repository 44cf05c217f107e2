package org.zhnorm.options;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line of {@code zhnorm run} before Beam parses it: accepts {@code --flag value} as well as
 * {@code --flag=value}, checks every value against its flag's type (a whole number, a number, true or
 * false, one of an enum's names) with a message naming the flag, the value and what is allowed, and
 * prints the help with zhnorm's real defaults. The flags are every getter of the registered options
 * interfaces (zhnorm's, Beam's and the runners' on the class path).
 */
public final class Flags {
  private Flags() {}

  /** The flags of every registered options interface, by name, with their type. */
  static Map<String, Class<?>> known() {
    PipelineOptionsFactory.register(ZhnormOptions.class);
    Map<String, Class<?>> out = new TreeMap<>();
    for (Class<? extends PipelineOptions> iface : PipelineOptionsFactory.getRegisteredOptions()) {
      for (Method m : iface.getMethods()) {
        String name = property(m);
        if (name != null) {
          out.putIfAbsent(name, m.getReturnType());
        }
      }
    }
    return out;
  }

  private static String property(Method m) {
    if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
      return null;
    }
    String n = m.getName();
    String rest = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : null;
    if (rest == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * {@code args} with every {@code --flag value} pair joined to {@code --flag=value}.
   *
   * @throws IllegalArgumentException for a word that belongs to no flag, or a bad value
   */
  public static String[] normalize(String[] args) {
    Map<String, Class<?>> known = known();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'; flags are written --name=value"
            + " (or --name value); 'zhnorm run --help' lists them");
      }
      if (a.contains("=") || a.equals("--")) {
        out.add(a);
        continue;
      }
      String name = a.substring(2);
      Class<?> type = known.get(name);
      boolean next = i + 1 < args.length && !args[i + 1].startsWith("--");
      if (!next) {
        out.add(a);
      } else if (isBoolean(type)) {
        String v = args[i + 1];
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
          out.add(a + "=" + v.toLowerCase(Locale.ROOT));
          i++;
        } else {
          throw new IllegalArgumentException("--" + name + " " + v + ": --" + name + " is a switch and takes true or false;"
              + " write --" + name + " or --" + name + "=false ('" + v + "' is not a flag)");
        }
      } else {
        out.add(a + "=" + args[i + 1]);
        i++;
      }
    }
    String[] joined = out.toArray(String[]::new);
    checkValues(joined, known);
    return joined;
  }

  private static boolean isBoolean(Class<?> type) {
    return type == boolean.class || type == Boolean.class;
  }

  /** Checks each {@code --flag=value} against its flag's type. */
  static void checkValues(String[] args, Map<String, Class<?>> known) {
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        continue;
      }
      String name = a.substring(2, eq);
      String value = a.substring(eq + 1);
      Class<?> type = known.get(name);
      if (type == null) {
        continue; // Beam names the unknown flag, with the closest known ones
      }
      String allowed = allowed(type, value);
      if (allowed != null) {
        throw new IllegalArgumentException("--" + name + "=" + value + " is not allowed; use " + allowed);
      }
      if (name.equals("parallelism") && !value.equals("-1") && Integer.parseInt(value.strip()) < 1) {
        throw new IllegalArgumentException("--parallelism=" + value + " is not allowed; use a positive whole number"
            + " of parallel tasks (without the flag: the machine's cores)");
      }
    }
  }

  /** What {@code type} accepts when {@code value} is not one of it, else null. */
  private static String allowed(Class<?> type, String value) {
    String v = value.strip();
    try {
      if (isBoolean(type)) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null : "true or false";
      } else if (type == int.class || type == Integer.class) {
        Integer.parseInt(v);
      } else if (type == long.class || type == Long.class) {
        Long.parseLong(v);
      } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
        if (Double.isNaN(Double.parseDouble(v))) {
          return "a number";
        }
      } else if (type.isEnum()) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        return names.contains(v) ? null : "one of " + String.join(", ", names);
      }
      return null;
    } catch (NumberFormatException e) {
      return type == double.class || type == Double.class || type == float.class || type == Float.class
          ? "a number (such as 0.5)" : "a whole number";
    }
  }

  /** The flags of {@link ZhnormOptions} with their real defaults, then the runner and where its flags are listed. */
  public static void printHelp(PrintStream out) {
    out.println("Usage: zhnorm run [--flag=value | --flag value]...\n");
    out.println("zhnorm flags (default in brackets):");
    Map<String, Method> getters = new LinkedHashMap<>();
    for (Method m : ZhnormOptions.class.getDeclaredMethods()) {
      String name = property(m);
      if (name != null) {
        getters.put(name, m);
      }
    }
    for (Map.Entry<String, Method> e : new TreeMap<>(getters).entrySet()) {
      Method m = e.getValue();
      Description d = m.getAnnotation(Description.class);
      out.println("  --" + e.getKey() + "=" + typeName(m.getReturnType()) + "  [" + defaultOf(m) + "]");
      if (d != null) {
        out.println(wrap(d.value(), "      "));
      }
    }
    out.println("""

        Runner:
          --runner=FlinkRunner|DirectRunner|SparkRunner  [FlinkRunner, embedded in this JVM]
              FlinkRunner gets --fasterCopy=true --useDataStreamForBatch=true --maxBundleSize=5000
              --maxBundleTimeMills=60000 and, embedded, two task slots per --parallelism unit unless given
              (org.zhnorm.options.RunnerDefaults). DirectRunner is Beam's test runner.
          --parallelism=N  [the machine's cores]  Flink's number of parallel tasks.

        Every Beam and runner flag passes through. Their lists:
          zhnorm run --help=FlinkPipelineOptions    (Flink)
          zhnorm run --help=SparkPipelineOptions    (Spark)
          zhnorm run --help=PipelineOptions         (Beam's own)
        Exit codes: 0 done; 1 the run failed; 2 a bad flag, input or output; 3 too many documents
        dead-lettered (--maxDeadLetteredShare); 130 interrupted.""");
  }

  /** Beam's help for one registered options interface, by simple or full name. */
  public static void printHelp(PrintStream out, String iface) {
    PipelineOptionsFactory.register(ZhnormOptions.class);
    Set<Class<? extends PipelineOptions>> all = PipelineOptionsFactory.getRegisteredOptions();
    for (Class<? extends PipelineOptions> c : all) {
      if (c.getSimpleName().equals(iface) || c.getName().equals(iface)) {
        PipelineOptionsFactory.printHelp(out, c);
        return;
      }
    }
    throw new IllegalArgumentException("--help=" + iface + " names no options interface; use one of "
        + all.stream().map(Class::getSimpleName).sorted().distinct().toList());
  }

  private static String typeName(Class<?> t) {
    if (isBoolean(t)) {
      return "true|false";
    }
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
      return "N";
    }
    if (t == double.class || t == Double.class) {
      return "X";
    }
    return "VALUE";
  }

  private static String defaultOf(Method m) {
    if (m.getAnnotation(Default.String.class) != null) {
      return m.getAnnotation(Default.String.class).value();
    }
    if (m.getAnnotation(Default.Boolean.class) != null) {
      return String.valueOf(m.getAnnotation(Default.Boolean.class).value());
    }
    if (m.getAnnotation(Default.Integer.class) != null) {
      return String.valueOf(m.getAnnotation(Default.Integer.class).value());
    }
    if (m.getAnnotation(Default.Long.class) != null) {
      return String.valueOf(m.getAnnotation(Default.Long.class).value());
    }
    if (m.getAnnotation(Default.Double.class) != null) {
      return String.valueOf(m.getAnnotation(Default.Double.class).value());
    }
    return "none";
  }

  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int col = indent.length();
    for (String w : text.split(" ")) {
      if (col + w.length() + 1 > 100 && col > indent.length()) {
        out.append('\n').append(indent);
        col = indent.length();
      } else if (col > indent.length()) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }
}
