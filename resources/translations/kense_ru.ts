<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="kk_KZ">
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="54"/>
        <source>Бірінші пайдаланушы</source>
        <translation>Первый пользователь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="62"/>
        <source>Логин:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="63"/>
        <source>Тегі:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="64"/>
        <source>Аты:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="65"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="71"/>
        <source>Бос кеңсе: әкімшіні жасаңыз (барлық рөлдер беріледі).</source>
        <translation>Пустой офис: создайте администратора (ему даются все роли).</translation>
    </message>
</context>
<context>
    <name>DispatchTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="22"/>
        <source>Таңдалғандарды жіберілді деп белгілеу</source>
        <translation>Отметить выбранные как отправленные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="26"/>
        <source>Бумаларды уәкілетті органға жіберу: штрих-кодты сканерлеңіз немесе жолды таңдап, батырманы басыңыз.</source>
        <translation>Отправка папок в уполномоченный орган: отсканируйте штрих-код или выберите строку и нажмите кнопку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="45"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="53"/>
        <source>Жіберілді: %n</source>
        <translation>
            <numerusform>Отправлено: %n</numerusform>
            <numerusform>Отправлено: %n</numerusform>
            <numerusform>Отправлено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="61"/>
        <source>Жіберілді: %1</source>
        <translation>Отправлено: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="94"/>
        <source>Кеңсе</source>
        <translation>Кенсе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="95"/>
        <source>Дерекқор бос. Демо кеңсені жүктейміз бе, әлде бос бастаймыз ба?</source>
        <translation>База данных пуста. Загрузить демо-офис или начать с пустой базы?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="98"/>
        <source>Демо кеңсені жүктеу</source>
        <translation>Загрузить демо-офис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="100"/>
        <source>Бос бастау</source>
        <translation>Начать с пустой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="103"/>
        <source>Демо кеңсе жасалуда…</source>
        <translation>Создаётся демо-офис…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="83"/>
        <source>Кеңсе бұғатталған. Жұмысты жалғастыру үшін кіріңіз (Ctrl+L).</source>
        <translation>Рабочее место заблокировано. Чтобы продолжить, войдите (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="93"/>
        <source>Құралдар</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="97"/>
        <source>Пайдаланушыны ауыстыру</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="98"/>
        <source>Пайдаланушыны ауыстыру (Ctrl+L)</source>
        <translation>Сменить пользователя (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="102"/>
        <source>Өтініш нөмірі:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="105"/>
        <source>нөмірді теріңіз немесе сканерлеңіз (Ctrl+F)</source>
        <translation>введите или отсканируйте номер (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="109"/>
        <source>Жай-күйін көру</source>
        <translation>Показать статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="114"/>
        <source>&amp;Кеңсе</source>
        <translation>&amp;Кенсе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="116"/>
        <source>Баптаулар…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="119"/>
        <source>Шығу</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="120"/>
        <source>&amp;Тіл</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="139"/>
        <source>Дерекқор: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="172"/>
        <source>Ешкім кірмеген</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="177"/>
        <source>Пайдаланушы: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="232"/>
        <source>Сканер: %1</source>
        <translation>Сканер: %1</translation>
    </message>
</context>
<context>
    <name>OfficeClerkTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="28"/>
        <source>Қабылдап, тіркеу</source>
        <translation>Принять и зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="32"/>
        <source>Орталықтан келген құжаттар: қабылдап, тіркеп, басшыға беріңіз.</source>
        <translation>Документы из Центра: примите, зарегистрируйте и передайте руководителю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="41"/>
        <source>Орталықтан келгендер</source>
        <translation>Поступившие из Центра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="57"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="65"/>
        <source>Тіркелді: %n</source>
        <translation>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="74"/>
        <source>Тіркелді: %1</source>
        <translation>Зарегистрировано: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="42"/>
        <source>%1 күн</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="64"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="64"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="64"/>
        <source>Өтініш беруші</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="65"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="65"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="65"/>
        <source>Қалған уақыт</source>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="35"/>
        <source>Барлық қызметтер</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="37"/>
        <source>%1-қызмет</source>
        <translation>Услуга %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="40"/>
        <source>Нөмір, ЖСН немесе тегі</source>
        <translation>Номер, ИИН или фамилия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="68"/>
        <source>Қызмет:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="72"/>
        <source>Мерзімінде</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="72"/>
        <source>Мерзімі жақын</source>
        <translation>Срок близко</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="73"/>
        <source>Мерзімі өткен</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="90"/>
        <source>Барлығы: %1</source>
        <translation>Всего: %1</translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="22"/>
        <source>Орталық инспекторы</source>
        <translation>Инспектор Центра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="23"/>
        <source>Жинақтау бөлімі</source>
        <translation>Накопительный отдел</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="24"/>
        <source>Кеңсе қызметкері</source>
        <translation>Канцелярия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="25"/>
        <source>Басшы</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="26"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="62"/>
        <source>Бұл бетте тек «%1» рөлі бар пайдаланушы әрекет ете алады</source>
        <translation>На этой вкладке действовать может только пользователь с ролью «%1»</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="86"/>
        <source>Кеңсе</source>
        <translation>Кенсе</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings.ui" line="9"/>
        <source>Баптаулар</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="17"/>
        <source>Мекеме атауы:</source>
        <translation>Название учреждения:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="31"/>
        <source>Аудан:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="45"/>
        <source>Тіл:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="59"/>
        <source>Бос тұрса бұғаттау:</source>
        <translation>Блокировать при простое:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="72"/>
        <source>бұғатталмайды</source>
        <translation>не блокировать</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="75"/>
        <source> мин</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="84"/>
        <source>Осы компьютердегі беттер (жұмыс орны)</source>
        <translation>Вкладки на этом компьютере (рабочее место)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="90"/>
        <source>Орталық инспекторы</source>
        <translation>Инспектор Центра</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="97"/>
        <source>Жинақтау бөлімі</source>
        <translation>Накопительный отдел</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="104"/>
        <source>Кеңсе қызметкері</source>
        <translation>Канцелярия</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="111"/>
        <source>Басшы</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="118"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="33"/>
        <source>Сақтау</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="34"/>
        <source>Болдырмау</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="32"/>
        <source>Кіру</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="33"/>
        <source>Болдырмау</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="9"/>
        <source>Кеңсе — кіру</source>
        <translation>Кенсе — вход</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="15"/>
        <source>Логин мен PIN кодты енгізіңіз</source>
        <translation>Введите логин и PIN-код</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="27"/>
        <source>Логин:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="40"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="37"/>
        <source>жабылды</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="38"/>
        <source>нәтиже Орталыққа жолда</source>
        <translation>результат в пути в Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="57"/>
        <source>Өтініштің жай-күйі: %1</source>
        <translation>Статус заявления: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="64"/>
        <source>Нөмір:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="68"/>
        <source>Қызмет:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="69"/>
        <source>Орталық арқылы</source>
        <translation>через Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="69"/>
        <source>уәкілетті органға тікелей</source>
        <translation>напрямую в уполномоченный орган</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="70"/>
        <source>Арна:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="71"/>
        <source>Өтініш беруші:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="73"/>
        <source>Берілген күні:</source>
        <translation>Дата подачи:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="74"/>
        <source>Қызмет мерзімі:</source>
        <translation>Срок услуги:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="77"/>
        <source>Қазір кімде:</source>
        <translation>Сейчас у кого:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="79"/>
        <source>Қадамның мерзімі:</source>
        <translation>Срок шага:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="80"/>
        <source>хабарлама</source>
        <translation>уведомление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="80"/>
        <source>шешім</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="81"/>
        <source>дәлелді бас тарту</source>
        <translation>мотивированный отказ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="82"/>
        <source>Нәтиже:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="86"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="86"/>
        <source>Рөл</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="86"/>
        <source>Қызметкер</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="87"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="87"/>
        <source>Аяқталды</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="87"/>
        <source>Басталды</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="106"/>
        <source>Уақыты</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="106"/>
        <source>Қозғалыс</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="106"/>
        <source>Кім</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="113"/>
        <source>Жабу</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="117"/>
        <source>Қадамдар</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="119"/>
        <source>Құжаттардың қозғалысы</source>
        <translation>Движение документов</translation>
    </message>
</context>
</TS>
