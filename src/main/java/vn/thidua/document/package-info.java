/**
 * Word drafts of the official documents an office signs and files: each kind's fields,
 * its template (the national layout of Nghị định 30/2020/NĐ-CP by default, or the one a
 * province uploads), checked before it is kept and filled on request. The modules that
 * own a document's content build its fields; this one lays them out.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "shared::security", "shared::sheet", "shared::web", "unit" })
package vn.thidua.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
