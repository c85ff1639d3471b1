package io.nocvault.backup.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * Opens a store directory: its packs in the order they were written, and the index of every blob in them. A blob
 * found twice (a crash during compaction left both copies) is taken from the later pack and the earlier copy counts
 * as deleted; the pack's list of deleted records is applied after its records.
 */
final class PackLoader {

    /** The packs by number and the index by blob id. */
    record Loaded(ConcurrentSkipListMap<Integer, PackFile> packs, Map<String, PackLocation> index) {}

    private PackLoader() {}

    static Loaded load(Path root) {
        List<Path> files = listPacks(root);
        ConcurrentSkipListMap<Integer, PackFile> packs = new ConcurrentSkipListMap<>();
        Map<String, PackLocation> index = new ConcurrentHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            PackFile pack = PackFile.open(root, PackFile.numberOf(files.get(i)));
            packs.put(pack.number, pack);
            load(pack, i == files.size() - 1, index);
        }
        return new Loaded(packs, index);
    }

    private static void load(PackFile pack, boolean newest, Map<String, PackLocation> index) {
        Map<Long, String> byOffset = new HashMap<>();
        PackScanner.scan(pack, newest, (header, offset) -> {
            PackLocation location = new PackLocation(pack, offset, header.length(), header.storedAtMillis());
            PackLocation superseded = index.put(header.id(), location);
            if (superseded != null) {
                superseded.pack().countDead(superseded.recordSize());
            }
            byOffset.put(offset, header.id());
        });
        for (long offset : pack.deadOffsets()) {
            String id = byOffset.get(offset);
            PackLocation location = id == null ? null : index.get(id);
            if (location != null && location.pack() == pack && location.offset() == offset) {
                index.remove(id);
                pack.countDead(location.recordSize());
            }
        }
    }

    private static List<Path> listPacks(Path root) {
        List<Path> packs;
        try (Stream<Path> files = Files.list(root)) {
            packs = files.filter(file -> PackFile.numberOf(file) >= 0)
                    .sorted(Comparator.comparingInt(PackFile::numberOf))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the backup store at " + root, e);
        }
        removeDeadListsWithoutPack(root, packs);
        return packs;
    }

    /** A crash while removing a compacted pack can leave its list of deleted records behind. */
    private static void removeDeadListsWithoutPack(Path root, List<Path> packs) {
        List<Path> lists = packs.stream().map(PackFile::deadLogOf).toList();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(PackFile.DEAD_SUFFIX) && !lists.contains(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the backup store at " + root, e);
        }
    }
}
