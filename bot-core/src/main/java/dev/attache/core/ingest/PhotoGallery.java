package dev.attache.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news page's photo gallery as its text comes out of the page: one run of items "Photos: Russia
 * invades Ukraine US President Joe Biden arrives … Hide Caption 175 of 226", each opening with the
 * gallery's title and closing with the slide counter. Read as it stands, the title runs into the
 * caption ("Ukraine US President Joe Biden" becomes a name with the role "Ukraine US President") and
 * every caption runs into the next. {@link #unfold} makes each caption a paragraph of its own,
 * without the title and the counter.
 */
final class PhotoGallery {

    /** The slide counter that closes each item. */
    private static final Pattern COUNTER = Pattern.compile(" *\\bHide Caption \\d+ of (\\d+)\\b *");
    private static final String OPENING = "Photos: ";
    /**
     * Fewer items of one gallery leave its title unsure: the words all its captions open with are the
     * title's and, in a small gallery, may also be its captions' own first words.
     */
    private static final int MIN_ITEMS_FOR_TITLE = 3;

    private PhotoGallery() {
    }

    /** {@code text} with each gallery item a paragraph of its own caption; text without galleries unchanged. */
    static String unfold(String text) {
        if (!text.contains("Hide Caption")) {
            return text;
        }
        List<Item> items = items(text);
        if (items.isEmpty()) {
            return text;
        }
        Map<String, String> titles = titles(items);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Item item : items) {
            out.append(text, from, item.start());
            String caption = caption(item.text(), titles.get(item.gallery()));
            if (!caption.isEmpty()) {
                out.append("\n\n").append(caption).append("\n\n");
            }
            from = item.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * An item's caption: its text without the gallery's openings ("Photos: ", some pages write it twice) and title,
     * which may also come twice; with no {@code title} known, its text as it stands.
     */
    private static String caption(String text, String title) {
        if (title == null) {
            return text.strip();
        }
        String caption = text.strip();
        for (String previous = null; !caption.equals(previous); ) {
            previous = caption;
            caption = withoutOpenings(caption);
            if (caption.equals(title)) {
                caption = "";
            } else if (!title.isEmpty() && caption.startsWith(title + " ")) {
                caption = caption.substring(title.length() + 1);
            }
        }
        return caption;
    }

    private static String withoutOpenings(String text) {
        String rest = text;
        while (rest.startsWith(OPENING)) {
            rest = rest.substring(OPENING.length());
        }
        return rest;
    }

    /**
     * An item: its text from where it opens (after the previous counter on its line, or the line's start) to its
     * counter, and the span it takes, counter included; the gallery is known by its number of slides. The words
     * after a line's last counter are an item too when they open as one (a gallery may end on its title alone).
     */
    private record Item(int start, int end, String text, String gallery) {}

    private static List<Item> items(String text) {
        List<Item> items = new ArrayList<>();
        Matcher counter = COUNTER.matcher(text);
        int previousEnd = 0;
        String gallery = null;
        while (counter.find()) {
            int lineStart = text.lastIndexOf('\n', counter.start() - 1) + 1;
            if (gallery != null && lineStart > previousEnd) {
                addUncountedItem(text, previousEnd, lineStart, gallery, items);
            }
            int start = Math.max(lineStart, previousEnd);
            gallery = counter.group(1);
            items.add(new Item(start, counter.end(), text.substring(start, counter.start()), gallery));
            previousEnd = counter.end();
        }
        if (gallery != null) {
            addUncountedItem(text, previousEnd, text.length(), gallery, items);
        }
        return items;
    }

    /** The words from {@code start} to the end of their line, as an item of {@code gallery} when they open as one. */
    private static void addUncountedItem(String text, int start, int limit, String gallery, List<Item> items) {
        int lineEnd = text.indexOf('\n', start);
        int end = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
        if (text.startsWith(OPENING, start)) {
            items.add(new Item(start, end, text.substring(start, end), gallery));
        }
    }

    /**
     * Each gallery's title (by its number of slides): the words all its items open with after "Photos: ", empty when
     * they share none; none for a gallery of too few items.
     */
    private static Map<String, String> titles(List<Item> items) {
        Map<String, List<String[]>> openings = new HashMap<>();
        for (Item item : items) {
            if (item.text().startsWith(OPENING)) {
                openings.computeIfAbsent(item.gallery(), g -> new ArrayList<>())
                        .add(withoutOpenings(item.text().strip()).split(" "));
            }
        }
        Map<String, String> titles = new HashMap<>();
        openings.forEach((gallery, words) -> {
            if (words.size() >= MIN_ITEMS_FOR_TITLE) {
                int common = commonPrefix(words);
                titles.put(gallery, String.join(" ", Arrays.copyOf(words.getFirst(), common)));
            }
        });
        return titles;
    }

    private static int commonPrefix(List<String[]> words) {
        int common = words.getFirst().length;
        for (String[] other : words) {
            int i = 0;
            while (i < common && i < other.length && other[i].equals(words.getFirst()[i])) {
                i++;
            }
            common = i;
        }
        return common;
    }
}
