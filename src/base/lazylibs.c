/* The libraries a PDF render seldom or never uses: those of the workbook
 * and Word doors, and HarfBuzz, which only subsets the faces jixiao's own
 * subsetters leave. Linked, they are loaded at every start and every
 * render pays for them: libzip brings OpenSSL's libcrypto, HarfBuzz GLib
 * and FreeType; the four cost 1.5 ms of loading. Opened here instead,
 * with dlopen, the first time one is asked for; each entry point is looked
 * up once and kept in a table that never changes after (pthread_once makes
 * the first use safe from any thread). */
#define JX_LAZYLIBS_IMPL
#include "base/lazy_expat.h"
#include "base/lazy_harfbuzz.h"
#include "base/lazy_xlsxwriter.h"
#include "base/lazy_zip.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#define ERROR_SIZE 256

static void *open_library(const char *soname, char *error) {
    void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!lib) snprintf(error, ERROR_SIZE, "cannot load %s (scripts/deps.sh installs it): %s", soname, dlerror());
    return lib;
}

static int report(const char *error, char *err, size_t err_size) {
    if (!error[0]) return 0;
    snprintf(err, err_size, "%s", error);
    return -1;
}

#define RESOLVE(f)                                                  \
    if (!error[0] && !(*(void **)&table.f = dlsym(lib, #f)))       \
        snprintf(error, ERROR_SIZE, "%s has no %s: not the version jixiao was built with", soname, #f);

/* One library: its table, its error (empty once loaded), its loader; its
 * file named by the soname the build found (JX_SONAME_*, Makefile). */
#define LAZY_LIBRARY(lib_name, up)                                                   \
    static jx_lazy_##lib_name lib_name##_table;                                         \
    static char lib_name##_error[ERROR_SIZE];                                        \
    static pthread_once_t lib_name##_once = PTHREAD_ONCE_INIT;                       \
                                                                                  \
    static void load_##lib_name(void) {                                              \
        static const char soname[] = JX_SONAME_##up;                              \
        char *error = lib_name##_error;                                              \
        jx_lazy_##lib_name table;                                                    \
        void *lib = open_library(soname, error);                                  \
        if (lib) { JX_##up##_FUNCTIONS(RESOLVE) }                                 \
        if (!error[0]) lib_name##_table = table;                                     \
    }                                                                             \
                                                                                  \
    int jx_lazy_##lib_name##_load(char *err, size_t err_size) {                      \
        pthread_once(&lib_name##_once, load_##lib_name);                                \
        return report(lib_name##_error, err, err_size);                              \
    }                                                                             \
                                                                                  \
    const jx_lazy_##lib_name *jx_lazy_##lib_name##_table(void) { return &lib_name##_table; }

LAZY_LIBRARY(zip, ZIP)
LAZY_LIBRARY(expat, EXPAT)
LAZY_LIBRARY(xlsxwriter, XLSXWRITER)
LAZY_LIBRARY(harfbuzz, HARFBUZZ)
