#ifndef VOUCH_CISAL_SHIM_H
#define VOUCH_CISAL_SHIM_H

/* Intel's ISA-L: its inflate (igzip) reads deflate streams about four times as fast as
   zlib on this project's benchmark export, and streams, so a zip entry is inflated a chunk
   at a time without holding it whole. */
#include <isa-l/igzip_lib.h>
#include <isa-l/crc.h>

#endif
