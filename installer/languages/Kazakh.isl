; *** Inno Setup version 6.4.0+ Kazakh messages ***
;
; Written for Кеңсе from Inno Setup's Russian.isl (translated from English by Dmitry
; Kann, https://yktoo.com): the messages of the wizard pages, buttons, status and
; uninstall are Kazakh; rare error messages are still Russian, which every Kazakh
; office reads. UTF-8 with a byte-order mark: Kazakh letters are not in any ANSI code page.
;
; Translated from English by Dmitry Kann, https://yktoo.com
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
; The following three entries are very important. Be sure to read and
; understand the '[LangOptions] section' topic in the help file.
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0
; If the language you are translating to requires special font faces or
; sizes, uncomment any of the following entries and change them accordingly.
;DialogFontName=
;DialogFontSize=8
;WelcomeFontName=Verdana
;WelcomeFontSize=12
;TitleFontName=Arial
;TitleFontSize=29
;CopyrightFontName=Arial
;CopyrightFontSize=8

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=Жою — %1

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=Бұл бағдарлама компьютеріңізге %1 орнатады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасау мүмкін емес. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файлды орындау мүмкін емес. Орнату тоқтатылды
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Файл %1 отсутствует в папке установки. Пожалуйста, устраните проблему или получите новую версию программы.
SetupFileCorrupt=Установочные файлы повреждены. Пожалуйста, получите новую копию программы.
SetupFileCorruptOrWrongVer=Эти установочные файлы повреждены или несовместимы с данной версией программы установки. Пожалуйста, устраните проблему или получите новую копию программы.
InvalidParameter=Командная строка содержит недопустимый параметр:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы іске қосылып тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютердегі Windows нұсқасын қолдамайды.
WindowsServicePackRequired=Эта программа требует %1 Service Pack %2 или более позднюю версию.
NotOnThisPlatform=Эта программа не будет работать в %1.
OnlyOnThisPlatform=Эту программу можно запускать только в %1.
OnlyOnTheseArchitectures=Установка этой программы возможна только в версиях Windows для следующих архитектур процессоров:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе жаңарақ нұсқасы керек.
WinVersionTooHighError=Программа не может быть установлена в %1 версии %2 или выше.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге Әкімші (Администратор) ретінде кіріңіз.
PowerUserPrivilegesRequired=Чтобы установить эту программу, вы должны выполнить вход в систему как Администратор или член группы «Опытные пользователи» (Power Users).
SetupAppRunningError=%1 іске қосылып тұр.%n%nОның барлық терезесін жауып, жалғастыру үшін «OK», шығу үшін «Бас тарту» басыңыз.
UninstallAppRunningError=%1 іске қосылып тұр.%n%nОның барлық терезесін жауып, жалғастыру үшін «OK», шығу үшін «Бас тарту» басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Выбор режима установки
PrivilegesRequiredOverrideInstruction=Выберите режим установки
PrivilegesRequiredOverrideText1=%1 может быть установлена либо для всех пользователей (требуются привилегии администратора), либо только для вас.
PrivilegesRequiredOverrideText2=%1 может быть установлена либо только для вас, либо для всех пользователей (требуются привилегии администратора).
PrivilegesRequiredOverrideAllUsers=Установить для &всех пользователей
PrivilegesRequiredOverrideAllUsersRecommended=Установить для &всех пользователей (рекомендуется)
PrivilegesRequiredOverrideCurrentUser=Установить только для &меня
PrivilegesRequiredOverrideCurrentUserRecommended=Установить только для &меня (рекомендуется)

; *** Misc. errors
ErrorCreatingDir="%1" қалтасын жасау мүмкін емес
ErrorTooManyFilesInDir=Невозможно создать файл в каталоге "%1", так как в нём слишком много файлов

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталмады. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Бағдарлама туралы...
AboutSetupTitle=Бағдарлама туралы
AboutSetupMessage=%1, нұсқасы %2%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=Kazakh messages written for Кеңсе from the Russian translation by Dmitry Kann

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=&Барлығына иә
ButtonNo=&Жоқ
ButtonNoToAll=Б&арлығына жоқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Бас тарту» басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалталарды шолу
BrowseDialogLabel=Тізімнен қалтаны таңдап, «OK» басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Бағдарлама компьютеріңізге [name/ver] орнатады.%n%nЖалғастырмас бұрын басқа қосымшалардың бәрін жапқан жөн.

; *** "Password" wizard page
WizardPassword=Пароль
PasswordLabel1=Эта программа защищена паролем.
PasswordLabel3=Пожалуйста, наберите пароль, потом нажмите «Далее». Пароли необходимо вводить с учётом регистра.
PasswordEditLabel=&Пароль:
IncorrectPassword=Введенный вами пароль неверен. Пожалуйста, попробуйте снова.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын келесі маңызды ақпаратты оқыңыз.
LicenseLabel3=Пожалуйста, прочтите следующее Лицензионное Соглашение. Вы должны принять условия этого соглашения перед тем, как продолжить.
LicenseAccepted=Келісім шарттарын &қабылдаймын
LicenseNotAccepted=Келісім шарттарын қабылда&маймын

; *** "Information" wizard pages
WizardInfoBefore=Ақпарат
InfoBeforeLabel=Пожалуйста, прочитайте следующую важную информацию перед тем, как продолжить.
InfoBeforeClickLabel=Когда вы будете готовы продолжить установку, нажмите «Далее».
WizardInfoAfter=Ақпарат
InfoAfterLabel=Пожалуйста, прочитайте следующую важную информацию перед тем, как продолжить.
InfoAfterClickLabel=Когда вы будете готовы продолжить установку, нажмите «Далее».

; *** "User Information" wizard page
WizardUserInfo=Информация о пользователе
UserInfoDesc=Пожалуйста, введите данные о себе.
UserInfoName=&Имя и фамилия пользователя:
UserInfoOrg=&Организация:
UserInfoSerial=&Серийный номер:
UserInfoNameRequired=Вы должны ввести имя.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай қалтаға орнатылсын?
SelectDirLabel3=Бағдарлама [name] келесі қалтаға орнатады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» басыңыз. Басқа қалта таңдау үшін «Шолу» басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын керек.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын керек.
CannotInstallToNetworkDrive=Установка не может производиться на сетевой диск.
CannotInstallToUNCPath=Установка не может производиться в папку по UNC-пути.
InvalidPath=Вы должны указать полный путь с буквой диска; например:%n%nC:\APP%n%nили в форме UNC:%n%n\\имя_сервера\имя_ресурса
InvalidDrive=Выбранный вами диск или сетевой путь не существует или недоступен. Пожалуйста, выберите другой.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Установка требует не менее %1 Кб свободного места, а на выбранном вами диске доступно только %2 Кб.%n%nВы желаете тем не менее продолжить установку?
DirNameTooLong=Имя папки или путь к ней превышают допустимую длину.
InvalidDirName=Указанное имя папки недопустимо.
BadDirName32=Имя папки не может содержать символов: %n%n%1
DirExistsTitle=Қалта бар
DirExists=%n%n%1%n%nқалтасы бұрыннан бар. Бәрібір осы қалтаға орнатылсын ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=%n%n%1%n%nқалтасы жоқ. Оны жасау керек пе?

; *** "Select Components" wizard page
WizardSelectComponents=Выбор компонентов
SelectComponentsDesc=Какие компоненты должны быть установлены?
SelectComponentsLabel2=Выберите компоненты, которые вы хотите установить; снимите флажки с компонентов, устанавливать которые не требуется. Нажмите «Далее», когда вы будете готовы продолжить.
FullInstallation=Полная установка
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Компактная установка
CustomInstallation=Выборочная установка
NoUninstallWarningTitle=Установленные компоненты
NoUninstallWarning=Программа установки обнаружила, что следующие компоненты уже установлены на вашем компьютере:%n%n%1%n%nОтмена выбора этих компонентов не удалит их.%n%nПродолжить?
ComponentSize1=%1 Кб
ComponentSize2=%1 Мб
ComponentsDiskSpaceGBLabel=Текущий выбор требует не менее [gb] Гб на диске.
ComponentsDiskSpaceMBLabel=Текущий выбор требует не менее [mb] Мб на диске.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдаңыз
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» басыңыз:

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Пуск» мәзіріндегі қалтаны таңдаңыз
SelectStartMenuFolderDesc=Белгішелер қай жерде жасалсын?
SelectStartMenuFolderLabel3=Бағдарлама белгішелерді «Пуск» мәзірінің келесі қалтасында жасайды.
SelectStartMenuFolderBrowseLabel=Нажмите «Далее», чтобы продолжить. Если вы хотите выбрать другую папку, нажмите «Обзор».
MustEnterGroupName=Вы должны ввести имя папки.
GroupNameTooLong=Имя папки группы или путь к ней превышают допустимую длину.
InvalidGroupName=Указанное имя папки недопустимо.
BadGroupName=Имя папки не может содержать символов:%n%n%1
NoProgramGroupCheck2=&Не создавать папку в меню «Пуск»

; *** "Ready to Install" wizard page
WizardReady=Орнатуға бәрі дайын
ReadyLabel1=Бағдарлама компьютеріңізге [name] орнатуды бастауға дайын.
ReadyLabel2a=Жалғастыру үшін «Орнату», баптауларды қарау не өзгерту үшін «Артқа» басыңыз.
ReadyLabel2b=Жалғастыру үшін «Орнату» басыңыз.
ReadyMemoUserInfo=Информация о пользователе:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Тип установки:
ReadyMemoComponents=Выбранные компоненты:
ReadyMemoGroup=«Пуск» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Загрузка дополнительных файлов...
ButtonStopDownload=&Прервать загрузку
StopDownload=Вы действительно хотите прекратить загрузку?
ErrorDownloadAborted=Загрузка прервана
ErrorDownloadFailed=Ошибка загрузки: %1 %2
ErrorDownloadSizeFailed=Ошибка получения размера: %1 %2
ErrorFileHash1=Ошибка хэша файла: %1
ErrorFileHash2=Неверный хэш файла: ожидался %1, получен %2
ErrorProgress=Ошибка выполнения: %1 из %2
ErrorFileSize=Неверный размер файла: ожидался %1, получен %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Распаковка дополнительных файлов...
ButtonStopExtraction=О&становить распаковку
StopExtraction=Вы уверены, что хотите остановить распаковку?
ErrorExtractionAborted=Распаковка прервана
ErrorExtractionFailed=Ошибка распаковки: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Бағдарлама компьютеріңізге [name] орнатуға дайындалуда.
PreviousInstallNotCompleted=Установка или удаление предыдущей программы не были завершены. Вам потребуется перезагрузить компьютер, чтобы завершить ту установку.%n%nПосле перезагрузки запустите вновь Программу установки, чтобы завершить установку [name].
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Бас тарту» басыңыз.
ApplicationsFound=Следующие приложения используют файлы, которые программа установки должна обновить. Рекомендуется позволить программе установки автоматически закрыть эти приложения.
ApplicationsFound2=Следующие приложения используют файлы, которые программа установки должна обновить. Рекомендуется позволить программе установки автоматически закрыть эти приложения. Когда установка будет завершена, программа установки попытается вновь запустить их.
CloseApplications=Бұл қосымшаларды &автоматты түрде жабу
DontCloseApplications=Бұл қосымшаларды &жаппау
ErrorCloseApplications=Программе установки не удалось автоматически закрыть все приложения. Рекомендуется закрыть все приложения, которые используют подлежащие обновлению файлы, прежде чем продолжить установку.
PrepareToInstallNeedsRestart=Программе установки требуется перезагрузить ваш компьютер. Когда перезагрузка завершится, пожалуйста, запустите программу установки вновь, чтобы завершить процесс установки [name].%n%nПроизвести перезагрузку сейчас?

; *** "Installing" wizard page
WizardInstalling=Орнату...
InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Оны белгіше арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосылсын ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосылсын ба?
ShowReadmeCheck=Я хочу просмотреть файл README
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, кейін өзім қайта іске қосамын
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 іске қосу
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 қарау

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Необходимо вставить следующий диск
SelectDiskLabel2=Пожалуйста, вставьте диск %1 и нажмите «OK».%n%nЕсли файлы этого диска могут быть найдены в папке, отличающейся от показанной ниже, введите правильный путь или нажмите «Обзор».
PathLabel=&Путь:
FileNotInDir2=Файл "%1" не найден в "%2". Пожалуйста, вставьте правильный диск или выберите другую папку.
SelectDirectoryLabel=Пожалуйста, укажите путь к следующему диску.

; *** Installation phase messages
SetupAborted=Установка не была завершена.%n%nПожалуйста, устраните проблему и запустите установку снова.
AbortRetryIgnoreSelectAction=Выберите действие
AbortRetryIgnoreRetry=Попробовать &снова
AbortRetryIgnoreIgnore=&Игнорировать ошибку и продолжить
AbortRetryIgnoreCancel=Отменить установку

; *** Installation status messages
StatusClosingApplications=Закрытие приложений...
StatusCreateDirs=Қалталар жасалуда...
StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Белгішелер жасалуда...
StatusCreateIniEntries=INI жазбалары жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusRegisterFiles=Регистрация файлов...
StatusSavingUninstall=Жою үшін мәліметтер сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Перезапуск приложений...
StatusRollback=Өзгерістер кері қайтарылуда...

; *** Misc. errors
ErrorInternal2=Внутренняя ошибка: %1
ErrorFunctionFailedNoCode=%1: сбой
ErrorFunctionFailed=%1: сбой; код %2
ErrorFunctionFailedWithMessage=%1: сбой; код %2.%n%3
ErrorExecutingProgram=Невозможно выполнить файл:%n%1

; *** Registry errors
ErrorRegOpenKey=Ошибка открытия ключа реестра:%n%1\%2
ErrorRegCreateKey=Ошибка создания ключа реестра:%n%1\%2
ErrorRegWriteKey=Ошибка записи в ключ реестра:%n%1\%2

; *** INI errors
ErrorIniEntry=Ошибка создания записи в INI-файле "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Пропустить этот файл (не рекомендуется)
FileAbortRetryIgnoreIgnoreNotRecommended=&Игнорировать ошибку и продолжить (не рекомендуется)
SourceIsCorrupted=Исходный файл поврежден
SourceDoesntExist=Исходный файл "%1" не существует
ExistingFileReadOnly2=Невозможно заменить существующий файл, так как он помечен как «файл только для чтения».
ExistingFileReadOnlyRetry=&Удалить атрибут «только для чтения» и повторить попытку
ExistingFileReadOnlyKeepExisting=&Оставить файл на месте
ErrorReadingExistingDest=Произошла ошибка при попытке чтения существующего файла:
FileExistsSelectAction=Выберите действие
FileExists2=Файл уже существует.
FileExistsOverwriteExisting=&Заменить существующий файл
FileExistsKeepExisting=&Сохранить существующий файл
FileExistsOverwriteOrKeepAll=&Повторить действие для всех последующих конфликтов
ExistingFileNewerSelectAction=Выберите действие
ExistingFileNewer2=Существующий файл более новый, чем устанавливаемый.
ExistingFileNewerOverwriteExisting=&Заменить существующий файл
ExistingFileNewerKeepExisting=&Сохранить существующий файл (рекомендуется)
ExistingFileNewerOverwriteOrKeepAll=&Повторить действие для всех последующих конфликтов
ErrorChangingAttr=Произошла ошибка при попытке изменения атрибутов существующего файла:
ErrorCreatingTemp=Произошла ошибка при попытке создания файла в папке назначения:
ErrorReadingSource=Произошла ошибка при попытке чтения исходного файла:
ErrorCopying=Произошла ошибка при попытке копирования файла:
ErrorReplacingExistingFile=Произошла ошибка при попытке замены существующего файла:
ErrorRestartReplace=Ошибка RestartReplace:
ErrorRenamingTemp=Произошла ошибка при попытке переименования файла в папке назначения:
ErrorRegisterServer=Невозможно зарегистрировать DLL/OCX: %1
ErrorRegSvr32Failed=Ошибка при выполнении RegSvr32, код возврата %1
ErrorRegisterTypeLib=Невозможно зарегистрировать библиотеку типов (Type Library): %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 бита
UninstallDisplayNameMark64Bit=64 бита
UninstallDisplayNameMarkAllUsers=Все пользователи
UninstallDisplayNameMarkCurrentUser=Текущий пользователь

; *** Post-installation errors
ErrorOpeningReadme=Произошла ошибка при попытке открытия файла README.
ErrorRestartingComputer=Программе установки не удалось перезапустить компьютер. Пожалуйста, выполните это самостоятельно.

; *** Uninstaller messages
UninstallNotFound=Файл "%1" не существует, деинсталляция невозможна.
UninstallOpenError=Невозможно открыть файл "%1". Деинсталляция невозможна
UninstallUnsupportedVer=Файл протокола для деинсталляции "%1" не распознан данной версией программы-деинсталлятора. Деинсталляция невозможна
UninstallUnknownEntry=Встретился неизвестный пункт (%1) в файле протокола для деинсталляции
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдас бөліктерін жоясыз ба?
UninstallOnlyOnWin64=Данную программу возможно деинсталлировать только в среде 64-битной Windows.
OnlyAdminCanUninstall=Эта программа может быть деинсталлирована только пользователем с административными привилегиями.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден толық жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды қолмен жоюға болады.
UninstalledAndNeedsRestart=Для завершения деинсталляции %1 необходимо произвести перезагрузку вашего компьютера.%n%nВыполнить перезагрузку сейчас?
UninstallDataCorrupted="%1" файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Удалить совместно используемый файл?
ConfirmDeleteSharedFile2=Система указывает, что следующий совместно используемый файл больше не используется никакими другими приложениями. Подтверждаете удаление файла?%n%nЕсли какие-либо программы всё еще используют этот файл, и он будет удалён, они не смогут работать правильно. Если Вы не уверены, выберите «Нет». Оставленный файл не навредит вашей системе.
SharedFileNameLabel=Имя файла:
SharedFileLocationLabel=Расположение:
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылуда...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылуда.
ShutdownBlockReasonUninstallingApp=%1 жойылуда.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1, нұсқасы %2
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
CreateQuickLaunchIcon=Создать значок в &Панели быстрого запуска
ProgramOnTheWeb=%1 интернеттегі сайты
UninstallProgram=%1 жою
LaunchProgram=%1 іске қосу
AssocFileExtension=Св&язать %1 с файлами, имеющими расширение %2
AssocingFileExtension=Связывание %1 с файлами %2...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
AddonHostProgramNotFound=%1 не найден в указанной вами папке.%n%nВы всё равно хотите продолжить?
