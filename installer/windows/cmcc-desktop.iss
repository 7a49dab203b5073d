; Inno Setup script for CMCC Desktop on Windows (Inno Setup 6). See installer/README.md for the build steps.
; It packages the PyInstaller folder build\pyinstaller\dist\cmcc-desktop made on a Windows machine.
; Officers' data lives in %LOCALAPPDATA%\cmcc-desktop, outside the program folder: installing a new
; version over an old one, or uninstalling, never touches it.

#define AppName "CMCC Desktop"
#define AppVersion "0.1.0"
#define AppExe "cmcc-desktop.exe"

[Setup]
AppId={{6F1C2D4B-8E0A-4C7B-9B7E-3A5D2C1E0F42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=CMCC Desktop developers
DefaultDirName={autopf}\CMCC Desktop
DefaultGroupName=CMCC Desktop
; Per-user install: no administrator rights needed on a locked-down laptop; an administrator can still
; choose "install for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=cmcc-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=cmcc-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. On upgrade, files of the old version not in the new one are removed first.
Source: "..\..\build\pyinstaller\dist\cmcc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\CMCC Desktop"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall CMCC Desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CMCC Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,CMCC Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry for the data folder, on purpose: uninstalling keeps every record, photo and
; backup. To remove them too, delete %LOCALAPPDATA%\cmcc-desktop by hand.
