#ifndef VOUCH_MEMORY_HINTS_H
#define VOUCH_MEMORY_HINTS_H

/* Asks the processor to start loading the cache line at `address`, without waiting for it.
   Swift has no prefetch of its own. A hint only: it never faults and changes no result. */
static inline void vouch_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 1, 3);
#else
    (void)address;
#endif
}

#endif
