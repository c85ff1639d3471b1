package io.nocvault.inventory.internal;

import io.nocvault.common.Paging;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * CSV export of the listed devices (same filter and scope as the list), page by page onto the writer: the import
 * columns without the secrets, plus reachability and last backup. Runs on the request thread (the scope is the
 * caller's).
 */
@Service
public class DeviceExport {

    private static final int PAGE = 1000;

    private final DeviceService devices;

    DeviceExport(DeviceService devices) {
        this.devices = devices;
    }

    public void write(DeviceFilter filter, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, DeviceCsv.FORMAT);
        csv.printRecord(DeviceCsv.EXPORT_COLUMNS);
        long offset = 0;
        while (true) {
            Page<DeviceDetails> page = devices.list(filter, new Paging(PAGE, offset));
            for (DeviceDetails d : page.getContent()) {
                csv.printRecord(values(d));
            }
            csv.flush();
            offset += PAGE;
            if (page.getContent().size() < PAGE || offset >= page.getTotalElements()) {
                return;
            }
        }
    }

    private static List<Object> values(DeviceDetails d) {
        var s = d.summary();
        List<Object> values = new ArrayList<>();
        values.add(s.hostname());
        values.add(s.address());
        values.add(s.port());
        values.add(d.nocName());
        values.add(s.deviceType());
        values.add(d.username());
        values.add(String.join(";", s.tags().stream().sorted().toList()));
        values.add(s.description() == null ? "" : s.description());
        values.add(s.enabled());
        values.add(s.reachability().name().toLowerCase(java.util.Locale.ROOT));
        values.add(s.lastSeen() == null ? "" : s.lastSeen().toString());
        values.add(s.lastBackupStatus().name().toLowerCase(java.util.Locale.ROOT));
        values.add(s.lastBackupAt() == null ? "" : s.lastBackupAt().toString());
        return values;
    }
}
