/* A stand-in for Windows' bcryptprimitives.dll, for the Wine check only (never shipped).
 *
 * Windows 10 and 11 have bcryptprimitives.dll; Wine 8 does not. The Rust code inside the cryptography
 * package asks it for random bytes (ProcessPrng), so without it the installed app cannot start under Wine.
 * This gives the same bytes from the same source Windows uses behind it: RtlGenRandom (advapi32).
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
