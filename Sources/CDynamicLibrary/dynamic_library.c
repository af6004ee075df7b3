#include "CDynamicLibrary.h"

#include <dlfcn.h>
#include <stddef.h>

int archive_dynamic_library_open(const char *const *names, const char *const *symbols, void **functions, int count) {
    void *handle = NULL;
    for (; *names && !handle; names++) handle = dlopen(*names, RTLD_NOW | RTLD_LOCAL);
    if (!handle) return 0;
    for (int i = 0; i < count; i++) {
        if ((functions[i] = dlsym(handle, symbols[i]))) continue;
        for (int j = 0; j < i; j++) functions[j] = NULL;
        return 0;
    }
    return 1;
}
