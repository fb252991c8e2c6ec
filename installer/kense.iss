; Inno Setup 6 script (6.3 or newer: x64compatible; CI compiles it with ISCC 6.4.1) for the
; Windows office PC: installs the PyInstaller bundle (dist\kense) built on Windows with
; installer\kense.spec. Build: iscc installer\kense.iss  (see README.md). CI packs the stand-in
; folder instead: iscc /DSourceDir=..\dist\kense-win /DCompression=lzma2/fast installer\kense.iss
;
; The database lives in one per-machine folder, {commonappdata}\Kense (C:\ProgramData\Kense),
; writable by every office user, and is NEVER removed by the uninstaller: a re-install or an
; upgrade finds the office's data where it was. Logs and crash reports stay per user
; (%LOCALAPPDATA%\Kense\logs).

; The version is desk_app.__version__ (tests/test_cli_db.py keeps the two equal).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\kense"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "Кеңсе"
#define AppExe "kense.exe"
#define DataDir "{commonappdata}\Kense"
; Single-quoted: in a double-quoted #define the preprocessor collapses "" into ", and ISCC then
; stops at "Mismatched or misplaced quotes on parameter Parameters".
#define DbArg '--db ""{commonappdata}\Kense\kense.sqlite""'

[Setup]
AppId={{6F1C2B7E-4D0A-4C55-9A7B-2E3D4C5B6A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі
DefaultDirName={autopf}\Kense
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=kense-setup-{#AppVersion}
SetupIconFile=..\resources\icons\kense.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; A running desk holds the database and the scanner's port: close it before replacing files.
CloseApplications=yes
RestartApplications=no

[Languages]
; Kazakh first (written from Inno's Russian.isl, UTF-8), Russian, English.
Name: "kk"; MessagesFile: "languages\Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.DesktopIcon=Жұмыс үстеліндегі белгіше / Значок на рабочем столе
kk.StartNow=Кеңсені іске қосу / Запустить Кеңсе
kk.CliName=Кеңсе — пәрмен жолы
ru.DesktopIcon=Значок на рабочем столе / Жұмыс үстеліндегі белгіше
en.DesktopIcon=Desktop shortcut / Жұмыс үстеліндегі белгіше
ru.StartNow=Запустить Кеңсе / Кеңсені іске қосу
en.StartNow=Start Кеңсе / Кеңсені іске қосу
ru.CliName=Кеңсе — командная строка
en.CliName=Кеңсе — command line

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Dirs]
; The shared data folder: every user of the PC may write the database; kept on uninstall.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[INI]
; The machine-wide setting: kense-cli.exe (and the desk started without --db) open the same office.
Filename: "{#DataDir}\kense.ini"; Section: "database"; Key: "path"; String: "{#DataDir}\kense.sqlite"

[InstallDelete]
; An upgrade replaces the bundle wholesale: stale libraries of the previous version must not linger.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\python"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "{#DbArg}"; WorkingDir: "{#DataDir}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:CliName}"; Filename: "{cmd}"; Parameters: "/k ""{app}\kense-cli.exe"" --help"; WorkingDir: "{#DataDir}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "{#DbArg}"; WorkingDir: "{#DataDir}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "{#DbArg}"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Only the program's own folder; {commonappdata}\Kense (the database and its pre-migration
; copies, kense.ini) is deliberately not listed here.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\python"
