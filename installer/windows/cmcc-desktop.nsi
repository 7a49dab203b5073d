; The Windows installer of CMCC Desktop, compiled on Linux by installer/windows/build.py (make dist-windows)
; with NSIS's makensis. It installs the folder that build.py lays out (LAYOUT): the embeddable Python, the
; libraries, the app and its resources.
;
; - For the current user by default, with no administrator rights; an administrator can choose all users
;   (page, or /AllUsers on the command line). /S installs silently; /D=<folder> picks the folder.
; - Start-menu entry with the app's icon; .cmccsync files open in the app (its import).
; - Installing over an older version replaces its program files. The uninstaller removes the program and
;   its entries and keeps the officers' data folder (%LOCALAPPDATA%\cmcc-desktop), which lies elsewhere.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true

!define NAME "CMCC Desktop"
!define KEY "cmcc-desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${KEY}"
!define FILE_TYPE "CMCCDesktop.SyncBundle"

Name "${NAME}"
BrandingText "${NAME} ${VERSION}"
OutFile "${OUTFILE}"
VIProductVersion "${NUMERIC_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${NAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GNU General Public License, version 3 or later"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallFolder"
!define MULTIUSER_MUI
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

!define MUI_ICON "${LAYOUT}\cmcc-desktop.ico"
!define MUI_UNICON "${LAYOUT}\cmcc-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD_PICTURE}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\python\pythonw.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m cmcc_desktop"
; The finish page's second tick box (MUI calls it "show readme"): a desktop shortcut, off unless chosen.
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_TEXT "$(DESKTOP_SHORTCUT)"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CreateDesktopShortcut

!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LAYOUT}\LICENCES.txt"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UNINSTALL_TEXT)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Arabic"

LangString WELCOME_TEXT ${LANG_ENGLISH} "Setup will install ${NAME} ${VERSION} on this computer. To install it for yourself only, you need no administrator rights.$\r$\n$\r$\nAn older version, if there is one, is replaced. Your records, photos and keys stay in your data folder: the app upgrades them when it next starts, after keeping a copy.$\r$\n$\r$\nClose ${NAME} if it is open, then click Next."
LangString WELCOME_TEXT ${LANG_ARABIC} "سيثبّت المعالج ${NAME} ${VERSION} على هذا الحاسوب. لا تحتاج إلى صلاحيات المسؤول لتثبيته لك وحدك.$\r$\n$\r$\nإن وُجد إصدار أقدم فسيُستبدل. تبقى سجلاتك وصورك ومفاتيحك في مجلد بياناتك، ويرقّيها البرنامج عند تشغيله التالي بعد أن يحتفظ بنسخة منها.$\r$\n$\r$\nأغلق ${NAME} إن كان مفتوحًا، ثم اضغط التالي."
LangString UNINSTALL_TEXT ${LANG_ENGLISH} "${NAME} will be removed from this computer. Your data folder (records, photos, keys and backups) is kept; delete it yourself only once you hold a copy elsewhere."
LangString UNINSTALL_TEXT ${LANG_ARABIC} "ستُزال ${NAME} من هذا الحاسوب. يبقى مجلد بياناتك (السجلات والصور والمفاتيح والنسخ الاحتياطية)؛ لا تحذفه بنفسك إلا بعد أن تحتفظ بنسخة منه في مكان آخر."
LangString DESKTOP_SHORTCUT ${LANG_ENGLISH} "Put a shortcut on the desktop"
LangString DESKTOP_SHORTCUT ${LANG_ARABIC} "ضع اختصارًا على سطح المكتب"
LangString STILL_RUNNING ${LANG_ENGLISH} "${NAME} is running from $INSTDIR. Close every ${NAME} window, then click Retry."
LangString STILL_RUNNING ${LANG_ARABIC} "يعمل ${NAME} الآن من $INSTDIR. أغلق كل نوافذ ${NAME}، ثم اضغط إعادة المحاولة."
LangString NEEDS_64_BIT ${LANG_ENGLISH} "${NAME} needs 64-bit Windows."
LangString NEEDS_64_BIT ${LANG_ARABIC} "يحتاج ${NAME} إلى Windows بنظام 64 بت."
LangString COMPILING ${LANG_ENGLISH} "Preparing the program's Python modules..."
LangString COMPILING ${LANG_ARABIC} "جارٍ تجهيز وحدات Python الخاصة بالبرنامج..."
LangString COMPILING_FAILED ${LANG_ENGLISH} "Preparing the modules failed (code $0): the program still runs, but starts more slowly."
LangString COMPILING_FAILED ${LANG_ARABIC} "تعذّر تجهيز الوحدات (الرمز $0): سيعمل البرنامج، لكنه سيبدأ ببطء أكبر."
LangString FILE_TYPE_NAME ${LANG_ENGLISH} "CMCC Desktop sync bundle"
LangString FILE_TYPE_NAME ${LANG_ARABIC} "حزمة مزامنة CMCC Desktop"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_64_BIT)"
    Abort
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; A running CMCC Desktop has python313.dll loaded, and Windows refuses to open a loaded program for writing:
; then ask to close it, rather than replace or remove half of the program under it.
!macro REFUSE_WHILE_RUNNING
  IfFileExists "$INSTDIR\python\python313.dll" 0 not_running
  try_again:
    ClearErrors
    FileOpen $0 "$INSTDIR\python\python313.dll" a
    IfErrors 0 closed
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(STILL_RUNNING)" /SD IDCANCEL IDRETRY try_again
      SetErrorLevel 5
      Quit
  closed:
    FileClose $0
  not_running:
!macroend

Function CreateDesktopShortcut
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\python\pythonw.exe" "-m cmcc_desktop" "$INSTDIR\cmcc-desktop.ico" 0
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "${NAME}" Program
  SectionIn RO
  AddSize ${COMPILED_KB}
  !insertmacro REFUSE_WHILE_RUNNING
  ; An older version's program files go first, so that nothing of it lingers; the data folder is elsewhere.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\resources"
  SetOutPath "$INSTDIR"
  File /r "${LAYOUT}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The embeddable Python never writes compiled modules itself: compile them once here, or every start would
  ; compile about 1,500 of them again. Hash-checked without the source check: these files change only
  ; by installing again, which removes lib first.
  DetailPrint "$(COMPILING)"
  nsExec::ExecToLog '"$INSTDIR\python\python.exe" -m compileall -q --invalidation-mode unchecked-hash "$INSTDIR\lib"'
  Pop $0
  StrCmp $0 "0" +2
    DetailPrint "$(COMPILING_FAILED)"

  CreateDirectory "$SMPROGRAMS\${NAME}"
  CreateShortcut "$SMPROGRAMS\${NAME}\${NAME}.lnk" "$INSTDIR\python\pythonw.exe" "-m cmcc_desktop" "$INSTDIR\cmcc-desktop.ico" 0
  CreateShortcut "$SMPROGRAMS\${NAME}\Uninstall ${NAME}.lnk" "$INSTDIR\uninstall.exe"

  ; SHCTX: HKCU for the current user, HKLM for all users (MultiUser sets it).
  WriteRegStr SHCTX "Software\${KEY}" "InstallFolder" "$INSTDIR"
  WriteRegStr SHCTX "Software\Classes\.cmccsync" "" "${FILE_TYPE}"
  WriteRegStr SHCTX "Software\Classes\${FILE_TYPE}" "" "$(FILE_TYPE_NAME)"
  WriteRegStr SHCTX "Software\Classes\${FILE_TYPE}\DefaultIcon" "" "$INSTDIR\cmcc-desktop.ico"
  WriteRegStr SHCTX "Software\Classes\${FILE_TYPE}\shell\open\command" "" '"$INSTDIR\python\pythonw.exe" -m cmcc_desktop --import "%1"'

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "CMCC Desktop developers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\cmcc-desktop.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; file types changed
SectionEnd

Section "Uninstall"
  !insertmacro REFUSE_WHILE_RUNNING
  Delete "$SMPROGRAMS\${NAME}\${NAME}.lnk"
  Delete "$SMPROGRAMS\${NAME}\Uninstall ${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  RMDir "$SMPROGRAMS\${NAME}"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\resources"
  Delete "$INSTDIR\cmcc-desktop.ico"
  Delete "$INSTDIR\cmcc-desktop.cmd"
  Delete "$INSTDIR\LICENCES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: files an officer put there stay
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "Software\${KEY}"
  DeleteRegKey SHCTX "Software\Classes\${FILE_TYPE}"
  ReadRegStr $0 SHCTX "Software\Classes\.cmccsync" ""
  StrCmp $0 "${FILE_TYPE}" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.cmccsync"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
