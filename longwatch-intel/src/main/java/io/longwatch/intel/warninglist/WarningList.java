package io.longwatch.intel.warninglist;

import io.longwatch.intel.ObservableType;
import java.util.Set;

/**
 * One loaded MISP warning list.
 *
 * @param id the folder it came from ({@code public-dns-v4})
 * @param name its human name, carried by flagged indicators ({@code List of known IPv4 public DNS resolvers})
 * @param matching how entries match: string, hostname, substring, regex or cidr
 * @param appliesTo the indicator types it is checked against (from its {@code matching_attributes})
 * @param entries how many entries loaded
 * @param skipped how many entries could not be used (reported as problems)
 */
public record WarningList(String id, String name, String matching, Set<ObservableType> appliesTo, int entries,
        int skipped) {

    public WarningList {
        appliesTo = Set.copyOf(appliesTo);
    }
}
