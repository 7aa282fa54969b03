; Inno Setup 6 script for the Windows installer of frontdesk (per-machine).
;
;   pyinstaller --noconfirm --clean packaging\frontdesk.spec          (dist\frontdesk\)
;   iscc /DAppVersion=0.1.0 packaging\windows\frontdesk.iss             (dist\frontdesk-0.1.0-setup.exe)
;
; Run by .github/workflows/release.yml on windows-latest. Silent install for clinic IT:
;   frontdesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\frontdesk-setup.log"
; See docs/install.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "frontdesk"
#define AppExe "frontdesk.exe"
#define Root ".."

[Setup]
; The AppId identifies the product across versions: never change it (upgrades and uninstall use it).
AppId={{6E1B0C6F-3F3A-4F1E-9C1D-5A2B7F0D4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The frontdesk engineers
AppPublisherURL=https://frontdesk.app/
VersionInfoVersion={#AppVersion}
; Per-machine: every receptionist's account on the workstation gets it; needs an administrator.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#Root}\..\resources\icons\frontdesk.ico
OutputDir={#Root}\..\dist
OutputBaseFilename=frontdesk-{#AppVersion}-setup
Compression=lzma2/ultra64
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
; An upgrade closes a running frontdesk first (Restart Manager: files in use in {app}); it is not
; restarted by the installer, the receptionist opens it again. A frontdesk closed this way keeps
; its outbox: waiting writes are stored before they are sent, and sent at the next start.
CloseApplications=force
RestartApplications=no
; The installer refuses to run twice at once.
SetupMutex=frontdesk-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder build, as PyInstaller left it.
Source: "{#Root}\..\dist\frontdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean folder: no library of an older build is left beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Front-desk scheduling for the clinic"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there. Each user's cache, settings and logs (in the user's own
; AppData) and the secrets in Windows Credential Manager are left alone: see docs/install.md.
Type: dirifempty; Name: "{app}"
