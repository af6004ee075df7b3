#include <zlib.h>

// inflateInit2 is a macro over inflateInit2_; Swift cannot call the macro.
static inline int czlib_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 32); // 15-bit window, gzip or zlib header detected
}
