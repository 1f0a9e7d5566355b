package io.longwatch.formats.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random JSON objects that exercise everything the byte walker must agree with Jackson on:
 * keys that repeat (within an object and across records, in varying order), keys the layouts
 * know (so Windows layouts, time and host are detected), strings with every escape kind,
 * Latin-1, non-Latin-1 and supplementary characters, lone surrogates as escapes, numbers of
 * every grammar form, literals, nested objects and arrays, whitespace and line breaks of
 * every kind between tokens.
 */
final class RandomJson {

    private static final String[] KEYS = {
        "EventID", "Channel", "SourceName", "Hostname", "RecordNumber", "@timestamp", "UtcTime", "EventTime",
        "Computer", "Image", "CommandLine", "Data", "Name", "#text", "#attributes", "SystemTime", "TimeCreated",
        "Event", "System", "EventData", "UserData", "Provider", "winlog", "event_id", "channel", "provider_name",
        "computer_name", "record_id", "event_data", "_path", "ts", "id.orig_h", "a", "b", "", "ключ", "鍵",
        "emoji😀", "tab\tkey", "quo\"te", "back\\slash", "\n", "\\n", "caf\u00e9", "\u007f",
    };
    private static final String[] ESCAPES = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
    private static final String[] RAW = {"é", "ÿ", "中文", "Ω", "😀", "𝄞", "\u007f", "\u0080", "\u00a0", "\ufffd", "\uffff"};
    private static final String[] NUMBERS = {
        "0", "-0", "7", "4688", "-45", "1.5", "0.001", "-0.0", "1e10", "1E+5", "-2.5e-3", "6.02E23", "1e0",
        "123456789012345678901234567890", "0e5", "3.14159265358979323846264338327950288",
    };
    private static final String[] WS = {"", "", "", " ", "  ", "\t", "\n", "\r\n", "\r", " \n\t "};
    private static final String[] TIMES = {
        "2020-09-21T19:25:53.123Z", "2019-03-19 23:40:57.512", "2021-01-01T00:00:00Z", "not a time",
        "2020-02-30T00:00:00Z", "1600000000.123456",
    };

    private final Random r;
    /** Whether whitespace between tokens may contain line breaks (not for JSON lines). */
    private final boolean breaks;

    RandomJson(Random r, boolean breaks) {
        this.r = r;
        this.breaks = breaks;
    }

    /** One object, sometimes in a Windows shape. */
    String record() {
        StringBuilder sb = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0 -> flattened(sb);
            case 1 -> evtxCrate(sb);
            default -> object(sb, 0);
        }
        return sb.toString();
    }

    private void flattened(StringBuilder sb) {
        List<String[]> members = new ArrayList<>();
        members.add(new String[] {"EventID", r.nextBoolean() ? "4688" : "\"4688\""});
        members.add(new String[] {"Channel", "\"Security\""});
        members.add(new String[] {"SourceName", quoted(string())});
        members.add(new String[] {"Hostname", quoted(string())});
        members.add(new String[] {"RecordNumber", r.nextBoolean() ? Integer.toString(r.nextInt(100000)) : value(2)});
        members.add(new String[] {"@timestamp", quoted(pick(TIMES))});
        for (int i = r.nextInt(6); i > 0; i--) {
            members.add(new String[] {key(), value(1)});
        }
        java.util.Collections.shuffle(members.subList(r.nextInt(members.size()), members.size()), r);
        members(sb, members);
    }

    private void evtxCrate(StringBuilder sb) {
        String system = "{" + ws() + "\"Provider\":{\"#attributes\":{\"Name\":" + quoted(string()) + "}},"
                + ws() + "\"EventID\":" + (r.nextBoolean() ? "1" : "{\"#text\":\"1\"}") + ","
                + "\"Channel\":\"Microsoft-Windows-Sysmon/Operational\"," + ws()
                + "\"Computer\":" + quoted(string()) + ",\"EventRecordID\":" + r.nextInt(1000) + ","
                + "\"TimeCreated\":{\"#attributes\":{\"SystemTime\":" + quoted(pick(TIMES)) + "}}" + ws() + "}";
        StringBuilder data = new StringBuilder();
        object(data, 2);
        List<String[]> members = new ArrayList<>();
        members.add(new String[] {"System", system});
        members.add(new String[] {"EventData", r.nextInt(5) == 0 ? "null" : data.toString()});
        StringBuilder event = new StringBuilder();
        members(event, members);
        members.clear();
        members.add(new String[] {"Event", event.toString()});
        members(sb, members);
    }

    private void object(StringBuilder sb, int depth) {
        List<String[]> members = new ArrayList<>();
        for (int i = r.nextInt(depth == 0 ? 10 : 5); i > 0; i--) {
            String k = !members.isEmpty() && r.nextInt(8) == 0 ? members.get(r.nextInt(members.size()))[0] : key();
            members.add(new String[] {k, value(depth + 1)});
        }
        members(sb, members);
    }

    private void members(StringBuilder sb, List<String[]> members) {
        sb.append('{').append(ws());
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                sb.append(ws()).append(',').append(ws());
            }
            String k = members.get(i)[0];
            sb.append(k.startsWith("\"") ? k : quoted(k)).append(ws()).append(':').append(ws()).append(members.get(i)[1]);
        }
        sb.append(ws()).append('}');
    }

    private String key() {
        return r.nextInt(6) == 0 ? quoted(string(true)) : quoted(jsonEscapeSome(pick(KEYS)));
    }

    private String value(int depth) {
        int k = r.nextInt(depth < 4 ? 10 : 7);
        return switch (k) {
            case 0, 1, 2 -> quoted(string());
            case 3 -> pick(NUMBERS);
            case 4 -> pick(new String[] {"true", "false", "null"});
            case 5 -> quoted(pick(TIMES));
            case 6 -> Long.toString(r.nextLong());
            case 7 -> {
                StringBuilder sb = new StringBuilder();
                object(sb, depth);
                yield sb.toString();
            }
            default -> array(depth);
        };
    }

    private String array(int depth) {
        StringBuilder sb = new StringBuilder("[").append(ws());
        int n = r.nextInt(5);
        boolean nested = r.nextInt(3) == 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(ws()).append(',').append(ws());
            }
            sb.append(nested ? value(depth + 1) : value(9));
        }
        return sb.append(ws()).append(']').toString();
    }

    /** Content of a string literal (already escaped as JSON where needed). */
    private String string() {
        return string(false);
    }

    /** As {@link #string()}; for a key, without lone surrogates (Jackson rejects those in names). */
    private String string(boolean key) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(4) == 0 ? r.nextInt(60) : r.nextInt(12);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(20);
            if (k < 12) {
                sb.append(plain((char) (' ' + r.nextInt(95))));
            } else if (k < 15) {
                sb.append(pick(ESCAPES));
            } else if (k < 17) {
                sb.append(pick(RAW));
            } else if (k < 18) {
                int unit = r.nextInt(0x10000);
                if (key && Character.isSurrogate((char) unit)) {
                    unit -= 0x1000;
                }
                sb.append(String.format("\\u%04x", unit)); // any unit, lone surrogates too
            } else if (k < 19) {
                sb.append(r.nextBoolean() ? "\\ud83d\\ude00" : "\\uD834\\uDD1E"); // escaped pairs
            } else {
                sb.append(String.format("\\u%04X", r.nextInt(0x80)));
            }
        }
        return sb.toString();
    }

    private static String plain(char c) {
        return c == '"' ? "\\\"" : c == '\\' ? "\\\\" : String.valueOf(c);
    }

    /** Writes a raw key as a JSON string body, escaping what must be and, at times, what need not be. */
    private String jsonEscapeSome(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < ' ') {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (r.nextInt(30) == 0 && !Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c)); // an escaped form of a plain char
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String quoted(String body) {
        return "\"" + body + "\"";
    }

    private String ws() {
        String w = pick(WS);
        return breaks ? w : w.replace('\n', ' ').replace('\r', ' ');
    }

    private String pick(String[] a) {
        return a[r.nextInt(a.length)];
    }
}
