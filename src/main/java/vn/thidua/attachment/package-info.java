/**
 * The file store of uploaded documents: plan and review documents of movements, evidence
 * of award dossiers. It checks what a file really is and keeps it with its checksum; the
 * module that owns a file decides who may read it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::security" })
package vn.thidua.attachment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
