/**
 * Imports from spreadsheets: the background jobs that check a sheet and, once confirmed,
 * write it all or nothing, their progress, and the history of every run. What a sheet
 * holds is read by the module that owns the data.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::importing", "shared::security", "shared::web", "unit" })
@ModuleTables(owns = { "import_job", "import_upload" })
package vn.thidua.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

import vn.thidua.shared.ModuleTables;
