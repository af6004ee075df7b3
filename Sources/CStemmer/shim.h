#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H
// Debian's libstemmer-dev ships no pkg-config file; the header sits on the default include path.
#include <libstemmer.h>
#endif
