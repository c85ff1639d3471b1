/**
 * Compare: differences between two configuration texts (any two versions of a device, or of two devices).
 *
 * <p>API: {@link io.nocvault.compare.ConfigComparer} turns two {@link io.nocvault.compare.ComparedText}s and
 * {@link io.nocvault.compare.CompareOptions} into a {@link io.nocvault.compare.Comparison}: statistics, a GNU
 * {@code diff -u} compatible unified diff, side-by-side rows with intra-line highlights and collapsed unchanged
 * regions. {@link io.nocvault.compare.ComparisonHtml} renders it with the Thymeleaf fragments in
 * {@code templates/compare/fragments.html}; {@link io.nocvault.compare.CompareDownloads} builds the {@code .diff}
 * and ZIP downloads. The texts come from the caller, so the module knows nothing about where versions are stored.
 */
@ApplicationModule(displayName = "Compare")
package io.nocvault.compare;

import org.springframework.modulith.ApplicationModule;
