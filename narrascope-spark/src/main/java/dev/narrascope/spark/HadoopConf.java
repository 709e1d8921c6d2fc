package dev.narrascope.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (S3A credentials and endpoints, HDFS name nodes) carried to the
 * executors as plain strings, since {@link Configuration} itself is not serializable.
 */
final class HadoopConf implements Serializable {
  private final Map<String, String> entries = new HashMap<>();

  HadoopConf(Configuration conf) {
    for (Map.Entry<String, String> e : conf) entries.put(e.getKey(), e.getValue());
  }

  Configuration get() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
