package org.claimtrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Parquet inputs: one article a row, with the fields of a JSON line ({@code text}; optional
 * {@code title}, {@code url}, {@code published}, {@code publisher}, and {@code author} as a string
 * or a list of strings). A row is named {@code file.parquet#N}, N its row in the file from 1 (as a
 * JSON line is named by its line), from Spark's file metadata column.
 */
final class ParquetRows {
    static final List<String> FIELDS = List.of("text", "title", "url", "published", "publisher", "author");

    private ParquetRows() {}

    static JavaRDD<WorkItem> of(SparkSession spark, List<String> files) {
        Dataset<Row> rows = spark.read().parquet(files.toArray(String[]::new));
        List<String> columns = Arrays.asList(rows.columns());
        if (!columns.contains("text")) {
            throw new IllegalArgumentException("Parquet input without a 'text' column (it has " + columns + "): " + files.getFirst());
        }
        List<Column> select = new ArrayList<>();
        for (String f : FIELDS) {
            boolean list = f.equals("author") && columns.contains(f) && rows.schema().apply(f).dataType() instanceof ArrayType;
            select.add((columns.contains(f) ? list ? col(f) : col(f).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as(f));
        }
        select.add(col("_metadata.file_name").as("file_name"));
        select.add(col("_metadata.row_index").as("row_index"));
        return rows.select(select.toArray(Column[]::new)).javaRDD().map(ParquetRows::item);
    }

    private static WorkItem item(Row r) {
        Object author = r.get(5);
        List<String> authors = author == null ? List.of()
                : author instanceof String s ? List.of(s) : r.<String>getList(5).stream().filter(Objects::nonNull).toList();
        String name = r.getString(6) + "#" + (r.getLong(7) + 1);
        return new WorkItem.Row(name, r.getString(0), r.getString(1), authors, r.getString(3), r.getString(4), r.getString(2));
    }
}
