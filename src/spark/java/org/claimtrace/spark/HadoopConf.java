package org.claimtrace.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (its {@code spark.hadoop.*} settings, credentials for S3 and
 * the like) as plain strings, so that tasks open the inputs and write the outputs as the driver
 * listed them ({@code Configuration} itself is not serializable).
 */
record HadoopConf(Map<String, String> entries) implements Serializable {
    static HadoopConf of(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        conf.forEach(e -> m.put(e.getKey(), e.getValue()));
        return new HadoopConf(m);
    }

    Configuration configuration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
