package org.replygraph.evaluate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of one JSON object of a gold file; every error names the file and the key path
 * ({@code proposal.session.term: expected an integer, got "十二"}).
 */
final class GoldJson {
    private final Path file;
    private final String path;
    private final JsonObject object;

    GoldJson(Path file, String path, JsonObject object) {
        this.file = file;
        this.path = path;
        this.object = object;
    }

    boolean has(String key) {
        return object.has(key);
    }

    boolean isNull(String key) {
        return !object.has(key) || object.get(key).isJsonNull();
    }

    /** A nested object, or null when the key is absent or null. */
    GoldJson object(String key) throws GoldFormatException {
        if (isNull(key)) return null;
        JsonElement e = object.get(key);
        if (!e.isJsonObject()) throw error(key, "expected an object or null, got " + e);
        return new GoldJson(file, where(key), e.getAsJsonObject());
    }

    /** A string that must be there. */
    String requiredString(String key) throws GoldFormatException {
        if (isNull(key)) throw error(key, "missing: the key is required");
        return string(key);
    }

    /** A string, or null when absent or null. */
    String string(String key) throws GoldFormatException {
        if (isNull(key)) return null;
        return text(key, object.get(key));
    }

    int integer(String key) throws GoldFormatException {
        if (isNull(key)) throw error(key, "missing: expected an integer");
        JsonElement e = object.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) throw error(key, "expected an integer, got " + e);
        return e.getAsInt();
    }

    /** A single-valued field: a string, null, or a list of acceptable strings where null allows absence. */
    GoldValue value(String key) throws GoldFormatException {
        if (isNull(key)) return GoldValue.ABSENT;
        JsonElement e = object.get(key);
        if (!e.isJsonArray()) return GoldValue.of(text(key, e));
        List<String> values = new ArrayList<>();
        boolean absentOk = false;
        for (JsonElement item : e.getAsJsonArray()) {
            if (item.isJsonNull()) absentOk = true;
            else values.add(text(key, item));
        }
        if (values.isEmpty() && !absentOk) throw error(key, "an empty list accepts nothing: use null");
        return new GoldValue(values, absentOk);
    }

    /** A list of strings; null when the key is absent, [] when null. */
    List<String> strings(String key) throws GoldFormatException {
        if (!object.has(key)) return null;
        List<String> out = new ArrayList<>();
        for (JsonElement item : array(key)) out.add(text(key, item));
        return out;
    }

    /** One group of acceptable names per item: each item a name or a list of names. Null when absent. */
    List<List<String>> groups(String key) throws GoldFormatException {
        if (!object.has(key)) return null;
        List<List<String>> out = new ArrayList<>();
        for (JsonElement item : array(key)) {
            List<String> group = new ArrayList<>();
            if (item.isJsonArray()) for (JsonElement name : item.getAsJsonArray()) group.add(text(key, name));
            else group.add(text(key, item));
            if (group.isEmpty()) throw error(key, "an item with no acceptable name: []");
            out.add(List.copyOf(group));
        }
        return out;
    }

    /** A list of integers, or null when absent or null. */
    List<Long> numbers(String key) throws GoldFormatException {
        if (isNull(key)) return null;
        return numbers(key, object.get(key));
    }

    /** An object of label → list of integers, in file order. */
    Map<String, List<Long>> numberRows(String key) throws GoldFormatException {
        GoldJson rows = object(key);
        Map<String, List<Long>> out = new LinkedHashMap<>();
        if (rows == null) return out;
        for (Map.Entry<String, JsonElement> row : rows.object.entrySet())
            out.put(row.getKey(), rows.numbers(row.getKey(), row.getValue()));
        return out;
    }

    Set<String> keys() {
        return object.keySet();
    }

    GoldFormatException error(String key, String reason) {
        return new GoldFormatException(file, where(key) + ": " + reason);
    }

    private List<Long> numbers(String key, JsonElement e) throws GoldFormatException {
        if (!e.isJsonArray()) throw error(key, "expected a list of integers, got " + e);
        List<Long> out = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isNumber())
                throw error(key, "expected an integer, got " + item);
            out.add(item.getAsLong());
        }
        return out;
    }

    private JsonArray array(String key) throws GoldFormatException {
        JsonElement e = object.get(key);
        if (e.isJsonNull()) return new JsonArray();
        if (!e.isJsonArray()) throw error(key, "expected a list, got " + e);
        return e.getAsJsonArray();
    }

    private String text(String key, JsonElement e) throws GoldFormatException {
        if (e.isJsonPrimitive() && ((JsonPrimitive) e).isString()) return e.getAsString();
        throw error(key, "expected a string, got " + e);
    }

    private String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
