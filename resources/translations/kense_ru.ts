<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="kk_KZ">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="48"/>
        <source>Жұмыста жоқтар</source>
        <translation>Отсутствующие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="70"/>
        <source>Қызметкер:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="71"/>
        <source>Басталуы:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="72"/>
        <source>Аяқталуы:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="73"/>
        <source>Себебі:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="74"/>
        <source>Басшының м.а.:</source>
        <translation>И.о. руководителя:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="75"/>
        <source>&amp;Тіркеу</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="81"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="81"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="81"/>
        <source>Жаңа орындаушы</source>
        <translation>Новый исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="84"/>
        <source>&amp;Басқа орындаушыға беру</source>
        <translation>&amp;Передать другому исполнителю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="88"/>
        <source>Барлығын:</source>
        <translation>Все:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="100"/>
        <source>Жоқ қызметкердің ашық өтініштері:</source>
        <translation>Открытые заявления отсутствующего:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="153"/>
        <source>Бүгін жоқ: %1</source>
        <translation>Сегодня отсутствуют: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="169"/>
        <source>Тіркелді</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/absence_dialog.py" line="182"/>
        <source>Берілді: %1</source>
        <translation>Передано: %1</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="52"/>
        <source>Дербес есепке алу карточкасы</source>
        <translation>Карточка персонального учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="61"/>
        <source>&amp;Сақтау</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="75"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="76"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="77"/>
        <source>Арна</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="78"/>
        <source>Күйі</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="79"/>
        <source>Өтініш берілген күні</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="80"/>
        <source>Нәтиже</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="87"/>
        <source>Уақыт</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="87"/>
        <source>Оқиға</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="87"/>
        <source>Кім</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="87"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="94"/>
        <source>Ша&amp;ғым тіркеу</source>
        <translation>&amp;Зарегистрировать жалобу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="102"/>
        <source>&amp;Деректер</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="103"/>
        <source>Ө&amp;тініштер</source>
        <translation>&amp;Заявления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="104"/>
        <source>&amp;Қадамдар мен қозғалыс</source>
        <translation>&amp;Шаги и движение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="134"/>
        <source>Сақталды</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="186"/>
        <source>қабылданды</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="187"/>
        <source>жіберілді</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="188"/>
        <source>тіркелді</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="189"/>
        <source>тағайындалды</source>
        <translation>назначено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="190"/>
        <source>хабарлама дайындалды</source>
        <translation>уведомление подготовлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="191"/>
        <source>шешім дайындалды</source>
        <translation>решение подготовлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="192"/>
        <source>бас тарту дайындалды</source>
        <translation>отказ подготовлен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="193"/>
        <source>құжаттарды қайтару дайындалды</source>
        <translation>возврат документов подготовлен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="194"/>
        <source>қол қойылды</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="195"/>
        <source>пысықтауға қайтарылды</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="196"/>
        <source>Орталыққа жіберілді</source>
        <translation>отправлено в Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="197"/>
        <location filename="../../desk_app/ui/card_dialog.py" line="198"/>
        <source>тұтынушыға берілді</source>
        <translation>выдано потребителю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="153"/>
        <source>Жабылды</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="155"/>
        <source>Нәтиже Орталыққа жолда</source>
        <translation>Результат в пути в Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="157"/>
        <source>Папка уәкілетті органға жолда</source>
        <translation>Папка в пути в уполномоченный орган</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="166"/>
        <source>Орталық</source>
        <translation>Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="166"/>
        <source>Тікелей</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="177"/>
        <source>Штрих-код: %1</source>
        <translation>Штрих-код: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="180"/>
        <source>жеке өзіне</source>
        <translation>лично</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="181"/>
        <source>телефонмен</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="182"/>
        <source>хатпен</source>
        <translation>письмом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="184"/>
        <source>Өтініш берушіге нәтиже хабарланды: %1</source>
        <translation>Заявителю сообщено о результате: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="235"/>
        <source>Шағым: %1 (кімнен: %2)</source>
        <translation>Жалоба: %1 (от кого: %2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="237"/>
        <source>жауап мерзімі өтті</source>
        <translation>срок ответа истёк</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="237"/>
        <source>жауап күтілуде</source>
        <translation>ожидает ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="250"/>
        <source>Шағымға жауап: %1</source>
        <translation>Ответ на жалобу: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="252"/>
        <source>мерзімі өткен соң</source>
        <translation>после истечения срока</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/card_dialog.py" line="276"/>
        <source>Жұмыссыз ретінде тіркелген: %1 бастап, шешім № %2</source>
        <translation>Зарегистрирован безработным с %1, решение № %2</translation>
    </message>
</context>
<context>
    <name>CenterHeadTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="71"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="83"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="94"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="72"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="84"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="95"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="73"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="85"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="96"/>
        <source>Тұтынушы</source>
        <translation>Получатель услуги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="74"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="75"/>
        <source>Өтініш берілген күні</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="76"/>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="99"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="77"/>
        <source>Жағдайы</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="86"/>
        <source>Жіберілді</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="87"/>
        <source>2-қадамның мерзімі</source>
        <translation>Срок шага 2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="88"/>
        <source>Кешігу</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="97"/>
        <source>Қайда</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="98"/>
        <source>Бастап</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="109"/>
        <source>Мерзімі өткен не өтуге жақын</source>
        <translation>Просроченные и под угрозой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="111"/>
        <source>Орталық арқылы берілген өтініштер: мерзімі өткен немесе мерзімнің соңғы төрттен бірінде (мерзімге кірмейтін қадамдар есептелмейді)</source>
        <translation>Заявления, поданные через Центр: просроченные или в последней четверти срока (шаги, не входящие в срок, не учитываются)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="117"/>
        <source>Жолдағы құжаттар</source>
        <translation>Документы в пути</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="119"/>
        <source>Уәкілетті органға жіберілген, бірақ 2-қадамның мерзімі өткенше келіп түскені белгіленбеген құжаттар</source>
        <translation>Документы, отправленные в уполномоченный орган, поступление которых не отмечено до истечения срока шага 2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="125"/>
        <source>Берілуін күтетін нәтижелер</source>
        <translation>Результаты, ожидающие выдачи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="126"/>
        <source>Орталыққа жолдағы немесе Орталықта берілуін күтетін нәтижелер</source>
        <translation>Результаты в пути в Центр или ожидающие выдачи в Центре</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="53"/>
        <source>Орталықтың басшысы мемлекеттік қызмет көрсету мерзіміне жауап береді (17-тармақ). Бұл бет тек қарауға арналған.</source>
        <translation>Руководитель Центра несёт ответственность за сроки оказания государственной услуги (пункт 17). Эта страница только для просмотра.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="162"/>
        <source>мерзімі өтті</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="163"/>
        <source>мерзімі өтуге жақын</source>
        <translation>срок истекает</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="164"/>
        <source>Орталыққа жолда</source>
        <translation>В пути в Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="165"/>
        <source>Орталықта, берілмеген</source>
        <translation>В Центре, не выдан</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_head_tab.py" line="214"/>
        <source>Мерзімі өткен: %1, өтуге жақын: %2, жолда кешіккен: %3, берілуін күтетін: %4</source>
        <translation>Просрочено: %1, срок истекает: %2, задержано в пути: %3, ожидают выдачи: %4</translation>
    </message>
</context>
<context>
    <name>CenterTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="27"/>
        <source>Кім алды (аты-жөні, сенімхат)</source>
        <translation>Кто получил (ФИО, доверенность)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="28"/>
        <source>&amp;Алушы:</source>
        <translation>Полу&amp;чатель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="23"/>
        <source>Нәтиже ке&amp;лді</source>
        <translation>Результат &amp;поступил</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="30"/>
        <source>Тұтынушыға &amp;беру</source>
        <translation>&amp;Выдать потребителю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="38"/>
        <source>Уәкілетті органнан келетін нәтижелер: бума келгенде штрих-кодты сканерлеңіз (немесе «Нәтиже келді»), содан соң тұтынушыға беріңіз.</source>
        <translation>Результаты из уполномоченного органа: когда папка поступит, отсканируйте штрих-код (или «Результат поступил»), затем выдайте потребителю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="55"/>
        <source>&amp;Қабылдау</source>
        <translation>Приё&amp;м</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="56"/>
        <source>&amp;Нәтижелер</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="87"/>
        <source>Жолдағы нәтижені таңдаңыз</source>
        <translation>Выберите результат в пути</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="86"/>
        <source>Келді: %n</source>
        <translation>
            <numerusform>Поступил: %n</numerusform>
            <numerusform>Поступило: %n</numerusform>
            <numerusform>Поступило: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="93"/>
        <source>Берілетін бір өтінішті таңдаңыз</source>
        <translation>Выберите одно заявление для выдачи</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/center_tab.py" line="98"/>
        <source>Берілді: %1</source>
        <translation>Выдано: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="39"/>
        <source>Жауап беру мерзімі регламент деректерінде жоқ</source>
        <translation>Срока ответа нет в данных регламента</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="43"/>
        <source>күнтізбелік күн</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="44"/>
        <source>жұмыс күні</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="45"/>
        <source>минут</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="48"/>
        <source>Жауап беру мерзімі: %1 %2</source>
        <translation>Срок ответа: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="54"/>
        <source>(расталуы керек)</source>
        <translation>(требует подтверждения)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="55"/>
        <source>Мерзім регламент деректерінде «расталуы керек» деп белгіленген: стандарттың 5-бөлімі бойынша тексеріңіз</source>
        <translation>Срок отмечен в данных регламента как «требует подтверждения»: сверьте с разделом 5 стандарта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="71"/>
        <source>Шағымды тіркеу</source>
        <translation>Регистрация жалобы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="93"/>
        <source>Мемлекеттік қызмет көрсетудің кез келген мәселесі (мерзім, қызметкердің әрекеті, құжаттар, нәтиже …)</source>
        <translation>Любой вопрос оказания государственной услуги (срок, действия сотрудника, документы, результат …)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="107"/>
        <source>Өтініш:</source>
        <translation>Заявление:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="108"/>
        <source>Шағым түскен күн:</source>
        <translation>Дата поступления жалобы:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="109"/>
        <source>Кімнен:</source>
        <translation>От кого:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="110"/>
        <source>Мәні:</source>
        <translation>Суть:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="111"/>
        <source>Кімге:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="115"/>
        <source>Т&amp;іркеу</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="116"/>
        <source>Болдырмау</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaint_dialog.py" line="154"/>
        <source>Өтінішті таңдаңыз</source>
        <translation>Выберите заявление</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoard</name>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="42"/>
        <source>Өтініш</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="43"/>
        <source>Тұтынушы</source>
        <translation>Получатель услуги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="44"/>
        <source>Түскен күні</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="45"/>
        <source>Кімнен</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="46"/>
        <source>Мәні</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="47"/>
        <source>Кімге</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="48"/>
        <source>Жауап мерзімі</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="63"/>
        <source>Берілген жауаптың мәні</source>
        <translation>Суть данного ответа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="68"/>
        <source>&amp;Жауапты тіркеу</source>
        <translation>&amp;Записать ответ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="73"/>
        <source>Жауап берілмеген шағымдар, мерзімі өткендері басында (Регламенттің 18-тармағы)</source>
        <translation>Жалобы без ответа, просроченные вначале (пункт 18 Регламента)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="83"/>
        <source>Жауап күні:</source>
        <translation>Дата ответа:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="110"/>
        <source>Жауапсыз: %1, оның ішінде мерзімі өткен: %2</source>
        <translation>Без ответа: %1, в т.ч. просрочено: %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="140"/>
        <source>Алдымен кестеден шағымды таңдаңыз</source>
        <translation>Сначала выберите жалобу в таблице</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/complaints_board.py" line="146"/>
        <source>Шағымға жауап тіркелді: %1</source>
        <translation>Ответ на жалобу записан: %1</translation>
    </message>
</context>
<context>
    <name>DispatchTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="22"/>
        <source>Таңдалғандарды жіберілді деп &amp;белгілеу</source>
        <translation>&amp;Отметить выбранные как отправленные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="27"/>
        <source>Бүгінгі жіберу тізілімін басып &amp;шығару</source>
        <translation>Напечатать &amp;реестр сегодняшней отправки</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="32"/>
        <source>Бумаларды уәкілетті органға жіберу: штрих-кодты сканерлеңіз немесе жолды таңдап, батырманы басыңыз.</source>
        <translation>Отправка папок в уполномоченный орган: отсканируйте штрих-код или выберите строку и нажмите кнопку.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="60"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="72"/>
        <source>Бүгін әлі ештеңе жіберілген жоқ</source>
        <translation>Сегодня ещё ничего не отправлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/tabs/dispatch_tab.py" line="59"/>
        <source>Жіберілді: %n</source>
        <translation>
            <numerusform>Отправлено: %n</numerusform>
            <numerusform>Отправлено: %n</numerusform>
            <numerusform>Отправлено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocPreview</name>
    <message>
        <location filename="../../desk_app/ui/doc_preview.py" line="60"/>
        <source>Қол қоюға дайындалған құжатты көру үшін бір жолды таңдаңыз</source>
        <translation>Выберите одну строку, чтобы прочитать подготовленный к подписи документ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/doc_preview.py" line="69"/>
        <source>(жоба)</source>
        <translation>(проект)</translation>
    </message>
</context>
<context>
    <name>ExecutorTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="50"/>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="148"/>
        <source>Өтінішті таңдаңыз</source>
        <translation>Выберите заявление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="53"/>
        <source>Карточканы &amp;ашу</source>
        <translation>Откр&amp;ыть карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="54"/>
        <source>Құжатты &amp;басу</source>
        <translation>&amp;Печать документа</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="66"/>
        <source>Дәлелді бас тарту &amp;негіздері (бос орын — белгілеу):</source>
        <translation>&amp;Основания мотивированного отказа (пробел — отметить):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="71"/>
        <source>Бас тартудың дәлелі (жазбаша)</source>
        <translation>Обоснование отказа (письменно)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="73"/>
        <source>&amp;Дәлелі:</source>
        <translation>Обоснован&amp;ие:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="75"/>
        <source>Бас тарт&amp;у</source>
        <translation>Отказ&amp;ать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="104"/>
        <source>&amp;Қабылдау (1-қызмет)</source>
        <translation>Приё&amp;м (услуга 1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="134"/>
        <source>Карточканы ті&amp;ркеу</source>
        <translation>&amp;Зарегистрировать карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="139"/>
        <source>&amp;Жүйеде белгілеу</source>
        <translation>&amp;Отметить в системе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="149"/>
        <source>Орындау</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="60"/>
        <source>Кім алды (тікелей тұтынушыға бергенде)</source>
        <translation>Кто получил (при выдаче потребителю напрямую)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="103"/>
        <source>Менің &amp;өтініштерім</source>
        <translation>Мои зая&amp;вления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="105"/>
        <source>&amp;Нәтижені хабарлау</source>
        <translation>Сообщить &amp;результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="157"/>
        <source>Басшы қайтарды: %1</source>
        <translation>Руководитель вернул: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="137"/>
        <source>&amp;Шешімді дайындау</source>
        <translation>Подготовить &amp;решение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="138"/>
        <source>&amp;Хабарламаны дайындау</source>
        <translation>Подготовить &amp;уведомление</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="204"/>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="378"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="214"/>
        <source>Карточка тіркелді: %1</source>
        <translation>Карточка зарегистрирована: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="218"/>
        <source>Басшыға қол қоюға берілді: %1</source>
        <translation>Передано руководителю на подпись: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="222"/>
        <source>Белгіленді: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="238"/>
        <source>%1 бойынша дәлелді бас тартуды басшының қолына жіберу керек пе?</source>
        <translation>Отправить мотивированный отказ по %1 на подпись руководителю?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="246"/>
        <source>Дәлелді бас тарту басшыға берілді: %1</source>
        <translation>Мотивированный отказ передан руководителю: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="276"/>
        <source>Құжаттарды қа&amp;йтару</source>
        <translation>Вернуть документы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="281"/>
        <source>Құжаттарда қате бар немесе топтама толық емес: құжаттар жазбаша дәлелмен қайтарылады (10-тармақ)</source>
        <translation>Ошибки в документах или неполный пакет: документы возвращаются с письменным обоснованием (пункт 10)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="289"/>
        <source>Құжаттарды қайтару негіздері (дәлелі жоғарыда жазылады):</source>
        <translation>Основания возврата документов (обоснование пишется выше):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="316"/>
        <source>Құжаттарды қайтару басшыға берілді: %1</source>
        <translation>Возврат документов передан руководителю: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="327"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="327"/>
        <source>Тұтынушы</source>
        <translation>Получатель услуги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="327"/>
        <source>Нәтиже</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="327"/>
        <source>Жабылды</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="337"/>
        <source>жеке өзіне</source>
        <translation>лично</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="338"/>
        <source>телефонмен</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="339"/>
        <source>хатпен</source>
        <translation>письмом</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="342"/>
        <source>Хабарлан&amp;дым</source>
        <translation>Соо&amp;бщено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="350"/>
        <source>Нәтижесі өтініш берушіге әлі хабарланбаған өтініштер (1-регламенттің 11-тармағы)</source>
        <translation>Заявления, о результате которых заявителю ещё не сообщено (пункт 11 регламента 1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="356"/>
        <source>Қалай хабарланды:</source>
        <translation>Как сообщено:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/executor_tab.py" line="384"/>
        <source>Хабарланды: %1</source>
        <translation>Сообщено: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="104"/>
        <source>Айлық есеп (әкімдікке)</source>
        <translation>Ежемесячный отчёт (в акимат)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="129"/>
        <source>Таңдау…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="134"/>
        <source>ЖСН толық көрсетілсін</source>
        <translation>Показывать ИИН полностью</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="135"/>
        <source>Дайын болғанда папканы ашу</source>
        <translation>Открыть папку по готовности</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="138"/>
        <source>Ай</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="139"/>
        <source>Есеп тілі</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="140"/>
        <location filename="../../desk_app/ui/export_dialog.py" line="181"/>
        <source>Файл</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="150"/>
        <source>Экспорттау</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="153"/>
        <source>Тоқтату</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="155"/>
        <source>Жабу</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="204"/>
        <source>Есеп жасалуда…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="241"/>
        <source>Дайын: %1
Қабылданды %2, оң нәтиже %3, бас тарту %4, құжаттар қайтарылды %5</source>
        <translation>Готово: %1
Принято %2, положительно %3, отказ %4, возврат документов %5</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="258"/>
        <source>Экспорт тоқтатылды</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/export_dialog.py" line="258"/>
        <source>Қате: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="49"/>
        <source>Кеңсе</source>
        <translation>Кенсе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="50"/>
        <source>Дерекқор бос. Демо кеңсені жүктейміз бе, әлде бос бастаймыз ба?</source>
        <translation>База данных пуста. Загрузить демо-офис или начать с пустой базы?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="57"/>
        <source>Демо кеңсені жүктеу</source>
        <translation>Загрузить демо-офис</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="59"/>
        <source>Бос бастау</source>
        <translation>Начать с пустой</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/first_run.py" line="64"/>
        <source>Демо кеңсе жасалуда…</source>
        <translation>Создаётся демо-офис…</translation>
    </message>
</context>
<context>
    <name>HeadCharts</name>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="139"/>
        <source>Мерзімінде</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="140"/>
        <source>Мерзімі жақын</source>
        <translation>Срок близко</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="141"/>
        <source>Мерзімі өткен</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="149"/>
        <source>Орындаушылардағы ашық өтініштер</source>
        <translation>Открытые заявления у исполнителей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="150"/>
        <source>Қызметтер бойынша ашық өтініштер</source>
        <translation>Открытые заявления по услугам</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="160"/>
        <source>Он екі ай есептелуде…</source>
        <translation>Двенадцать месяцев считаются…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="161"/>
        <location filename="../../desk_app/ui/head_charts.py" line="181"/>
        <location filename="../../desk_app/ui/head_charts.py" line="185"/>
        <source>Соңғы 12 ай</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="175"/>
        <source>Түсті</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="175"/>
        <source>Жабылды</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/head_charts.py" line="175"/>
        <source>Мерзімі өтті</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>HeadTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="126"/>
        <source>&amp;Орындаушы:</source>
        <translation>Испол&amp;нитель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="81"/>
        <source>&amp;Қол қою</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="85"/>
        <source>Қайтару себебі</source>
        <translation>Причина возврата</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="133"/>
        <source>&amp;Ескерту:</source>
        <translation>&amp;Замечание:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="90"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="90"/>
        <source>Ашық өтініштер</source>
        <translation>Открытые заявления</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="119"/>
        <source>Орындаушылардың жүктемесі</source>
        <translation>Нагрузка исполнителей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="145"/>
        <source>Басқа орындаушыға &amp;беру</source>
        <translation>&amp;Передать другому исполнителю</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="151"/>
        <source>Жаңа орындаушы:</source>
        <translation>Новый исполнитель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="177"/>
        <source>Мерзімі өткен өтініштер, ең ескісі басында (басшы мерзімге жауап береді, 17-тармақ)</source>
        <translation>Просроченные заявления, самые старые сверху (руководитель отвечает за срок, п. 17)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="79"/>
        <source>Тағайында&amp;у</source>
        <translation>Назначи&amp;ть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="73"/>
        <source>Барлық қадамдар</source>
        <translation>Все шаги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="74"/>
        <source>Тағайындау</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="75"/>
        <source>Қол қою</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="106"/>
        <source>Қадам:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="86"/>
        <source>&amp;Пысықтауға қайтару</source>
        <translation>&amp;Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="96"/>
        <source>&amp;Айлық есеп</source>
        <translation>&amp;Месячный отчёт</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="156"/>
        <source>Жұмыста жоқтар…</source>
        <translation>Отсутствующие…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="55"/>
        <source>Ке&amp;зек</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="56"/>
        <source>Орындаушы&amp;ларда</source>
        <translation>У &amp;исполнителей</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="57"/>
        <source>&amp;Мерзімі өткен</source>
        <translation>Про&amp;сроченные</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="59"/>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="230"/>
        <source>Ша&amp;ғымдар</source>
        <translation>Жало&amp;бы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="61"/>
        <source>&amp;Диаграммалар</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="233"/>
        <source>Барлығы: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="241"/>
        <source>жұмыста жоқ</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="279"/>
        <source>Таңдалды: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="293"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="299"/>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="329"/>
        <source>Орындаушыны таңдаңыз</source>
        <translation>Выберите исполнителя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="304"/>
        <source>Тағайындалды: %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="310"/>
        <source>Таңдалған %1 өтініштің нәтижесіне қол қою керек пе?</source>
        <translation>Подписать результаты выбранных заявлений: %1?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="313"/>
        <source>Қол қойылды: %1</source>
        <translation>Подписано: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="320"/>
        <source>Қайтарылды: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="334"/>
        <source>Қайта тағайындалды: %1</source>
        <translation>Переназначено: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/head_tab.py" line="339"/>
        <source>Тек басшы</source>
        <translation>Только руководитель</translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="86"/>
        <source>ЖСН немесе аты-жөнінің бөлігі</source>
        <translation>ИИН или часть ФИО</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="87"/>
        <source>&amp;Іздеу:</source>
        <translation>П&amp;оиск:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="93"/>
        <location filename="../../desk_app/ui/intake.py" line="271"/>
        <location filename="../../desk_app/ui/intake.py" line="272"/>
        <source>Карточка таңдалмаған</source>
        <translation>Карточка не выбрана</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="110"/>
        <source>Бар карточканы &amp;пайдалану</source>
        <translation>Использовать существующую карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="123"/>
        <source>Карточканы &amp;сақтау</source>
        <translation>&amp;Сохранить карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="124"/>
        <source>Болдырмау</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="125"/>
        <source>Жаңа дербес есепке алу карточкасы</source>
        <translation>Новая карточка персонального учёта</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="149"/>
        <source>Қыз&amp;мет:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="157"/>
        <source>Міндеттілерін белгілеу (+)</source>
        <translation>Отметить обязательные (+)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="165"/>
        <source>Тізімде жоқ құжаттың атауы</source>
        <translation>Название документа не из списка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="89"/>
        <source>Табу</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="90"/>
        <source>Жаңа ка&amp;рточка</source>
        <translation>Нов&amp;ая карточка</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="100"/>
        <source>Карт&amp;очканы ашу</source>
        <translation>Откр&amp;ыть карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="111"/>
        <source>Бәрібір жаңа карточка а&amp;шу</source>
        <translation>Всё равно &amp;завести новую карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="154"/>
        <source>Қоса бері&amp;лген құжаттар:</source>
        <translation>Приложенные &amp;документы:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="166"/>
        <source>&amp;Басқа құжат:</source>
        <translation>Дру&amp;гой документ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="168"/>
        <source>Қосу</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="169"/>
        <source>Өтінішті қабылда&amp;у</source>
        <translation>&amp;Принять заявление</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/intake.py" line="292"/>
        <source>Табылды: %n</source>
        <translation>
            <numerusform>Найдена: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="294"/>
        <source>Ештеңе табылмады — жаңа карточка ашыңыз</source>
        <translation>Ничего не найдено — заведите новую карточку</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="274"/>
        <source>Карточка: %1</source>
        <translation>Карточка: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="348"/>
        <source>Карточка ашылды: %1</source>
        <translation>Карточка заведена: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="375"/>
        <source>Куәлік: %1 %2 · № %3 · %4 дейін</source>
        <translation>Удостоверение: %1 %2 · № %3 · до %4</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="392"/>
        <source>Мерзімі өткен куәлікті қабылдау керек пе?</source>
        <translation>Принять удостоверение с истёкшим сроком?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="503"/>
        <source>Міндетті құжаттар белгіленбеген:
%1

Бәрібір қабылдау керек пе?</source>
        <translation>Не отмечены обязательные документы:
%1

Всё равно принять?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="523"/>
        <source>Өтініш қабылданды: %1</source>
        <translation>Заявление принято: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="105"/>
        <source>Кеңсе бұғатталған. Жұмысты жалғастыру үшін кіріңіз (Ctrl+L).</source>
        <translation>Рабочее место заблокировано. Чтобы продолжить, войдите (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="108"/>
        <source>Кіру</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="139"/>
        <source>Құралдар</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="144"/>
        <source>Пайдаланушыны ауыстыру</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="145"/>
        <source>Пайдаланушыны ауыстыру (Ctrl+L)</source>
        <translation>Сменить пользователя (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="149"/>
        <source>Өтініш нөмірі:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="152"/>
        <source>нөмірді теріңіз немесе сканерлеңіз (Ctrl+F)</source>
        <translation>введите или отсканируйте номер (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="156"/>
        <source>Жай-күйін көру</source>
        <translation>Показать статус</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="161"/>
        <source>&amp;Кеңсе</source>
        <translation>&amp;Кенсе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="163"/>
        <source>Баптаулар…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="166"/>
        <source>Шығу</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="167"/>
        <source>&amp;Тіл</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="186"/>
        <source>Дерекқор: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="254"/>
        <source>Ешкім кірмеген</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="259"/>
        <source>Пайдаланушы: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="295"/>
        <source>Жай-күйі ашылды: %1</source>
        <translation>Открыт статус: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="304"/>
        <source>Баптауларды тек әкімші өзгертеді</source>
        <translation>Настройки изменяет только администратор</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="352"/>
        <source>пернетақта сканері</source>
        <translation>клавиатурный сканер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="354"/>
        <source>қосулы</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="356"/>
        <source>қайта қосылуда…</source>
        <translation>переподключение…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="358"/>
        <source>тоқтатылды</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="361"/>
        <source>ажыратылды</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="368"/>
        <source>Сканер: %1</source>
        <translation>Сканер: %1</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <location filename="../../desk_app/ui/notices.py" line="30"/>
        <source>Соңғы сканерлеулер мен хабарлар</source>
        <translation>Последние сканирования и сообщения</translation>
    </message>
</context>
<context>
    <name>NumbersDialog</name>
    <message numerus="yes">
        <location filename="../../desk_app/ui/head_charts.py" line="84"/>
        <source>Өтініштер: %n</source>
        <translation>
            <numerusform>Заявлений: %n</numerusform>
            <numerusform>Заявлений: %n</numerusform>
            <numerusform>Заявлений: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeClerkDeskTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_desk.py" line="16"/>
        <source>Тікелей &amp;қабылдау</source>
        <translation>При&amp;ём напрямую</translation>
    </message>
</context>
<context>
    <name>OfficeClerkTab</name>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="32"/>
        <source>Орталықтан келген құжаттар: қабылдап, тіркеп, басшыға беріңіз.</source>
        <translation>Документы из Центра: примите, зарегистрируйте и передайте руководителю.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="27"/>
        <source>Қа&amp;былдап, тіркеу</source>
        <translation>Принять и &amp;зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="41"/>
        <source>Орталықтан келген&amp;дер</source>
        <translation>Поступившие из &amp;Центра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="63"/>
        <source>Алдымен кестеден өтінішті таңдаңыз</source>
        <translation>Сначала выберите заявление в таблице</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tabs/office_clerk_tab.py" line="69"/>
        <source>Тіркелді: %n</source>
        <translation>Зарегистрировано: %n</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="29"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="30"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="31"/>
        <source>Тұтынушы</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="32"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="33"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="34"/>
        <source>Қадам мерзімі</source>
        <translation>Срок шага</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="66"/>
        <source>Қызмет мерзімі: %1</source>
        <translation>Срок услуги: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/overdue_model.py" line="35"/>
        <source>Кешігу</source>
        <translation>Просрочка</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="76"/>
        <source>Ер</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="77"/>
        <source>Әйел</source>
        <translation>Женский</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_app/ui/person_form.py" line="80"/>
        <source>%n-топ</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="83"/>
        <source>Жалпы ауру</source>
        <translation>Общее заболевание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="84"/>
        <source>Еңбек жарақаты</source>
        <translation>Трудовое увечье</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="85"/>
        <source>Кәсіптік ауру</source>
        <translation>Профессиональное заболевание</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="90"/>
        <source>тұрған</source>
        <translation>проживал(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="91"/>
        <source>жұмыс істеген</source>
        <translation>работал(а)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="92"/>
        <source>қызмет өткерген</source>
        <translation>проходил(а) службу</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="95"/>
        <source>төтенше</source>
        <translation>чрезвычайного</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="96"/>
        <source>ең жоғары</source>
        <translation>максимального</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="97"/>
        <source>жоғары</source>
        <translation>повышенного</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="98"/>
        <source>ең төмен</source>
        <translation>минимального</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/person_form.py" line="99"/>
        <source>жеңілдікті</source>
        <translation>льготного</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="6"/>
        <source>Дербес есепке алу карточкасы</source>
        <translation>Карточка персонального учёта</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="12"/>
        <source>Жеке деректер</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="18"/>
        <source>&amp;ЖСН</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="48"/>
        <source>&amp;Аты</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="35"/>
        <source>Те&amp;гі</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="61"/>
        <source>&amp;Әкесінің аты</source>
        <translation>От&amp;чество</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="74"/>
        <source>Ту&amp;ған күні</source>
        <translation>Дата ро&amp;ждения</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="94"/>
        <source>Жын&amp;ысы</source>
        <translation>По&amp;л</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="107"/>
        <source>Мек&amp;енжайы</source>
        <translation>Адр&amp;ес</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="120"/>
        <source>Теле&amp;фон</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="136"/>
        <source>Жұмыссыз азамат (1-қызмет)</source>
        <translation>Безработный (услуга 1)</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="142"/>
        <source>Білімі</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="155"/>
        <source>Мамандығы</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="168"/>
        <source>Соңғы жұмыс орны</source>
        <translation>Последнее место работы</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="184"/>
        <source>Мүгедек (3, 4-қызметтер)</source>
        <translation>Инвалид (услуги 3, 4)</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="190"/>
        <source>Мүгедектік тобы</source>
        <translation>Группа инвалидности</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="203"/>
        <source>Мүгедектік себебі</source>
        <translation>Причина инвалидности</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="216"/>
        <source>Жұмыс беруші</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="229"/>
        <source>Оңалту құралдары</source>
        <translation>Средства реабилитации</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="252"/>
        <source>Қарсы көрсетілімдер</source>
        <translation>Противопоказания</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="278"/>
        <source>Ядролық сынақтардан зардап шеккен (2-қызмет)</source>
        <translation>Пострадавший от ядерных испытаний (услуга 2)</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="284"/>
        <source>Өтемақы төленген күн</source>
        <translation>Дата выплаты компенсации</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="294"/>
        <source>ЖЖЖЖ-АА-КК</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="308"/>
        <source>Түрі</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="313"/>
        <source>Аймақ</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="318"/>
        <source>Елді мекен</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="323"/>
        <source>Басталуы</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="328"/>
        <source>Аяқталуы</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="338"/>
        <source>Кезең қосу</source>
        <translation>Добавить период</translation>
    </message>
    <message>
        <location filename="../../forms/person_form.ui" line="345"/>
        <source>Кезеңді өшіру</source>
        <translation>Удалить период</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="96"/>
        <source>Бұл компьютерде принтер жоқ: құжатты PDF ретінде сақтап, басқа жерде басып шығаруға болады</source>
        <translation>На этом компьютере нет принтера: документ можно сохранить как PDF и напечатать в другом месте</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="106"/>
        <source>Осы өтініш бойынша басылған құжаттар</source>
        <translation>Напечатанные документы по заявлению</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="108"/>
        <source>Жаңа дана (жаңа нөмір)</source>
        <translation>Новый экземпляр (новый номер)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="123"/>
        <source>Басып шығару</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="126"/>
        <location filename="../../desk_app/ui/print_preview.py" line="218"/>
        <source>PDF ретінде сақтау…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="129"/>
        <source>Жабу</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="135"/>
        <source>Принтер:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="137"/>
        <source>Дана:</source>
        <translation>Копий:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="234"/>
        <source>Сақталмады: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="236"/>
        <source>Сақталды: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_preview.py" line="250"/>
        <source>Принтерге жіберілді: %1</source>
        <translation>Отправлено на принтер: %1</translation>
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
        <location filename="../../desk_app/ui/queue_model.py" line="111"/>
        <source>Нөмір</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="112"/>
        <source>Қызмет</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="113"/>
        <source>Тұтынушы</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="114"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="115"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="116"/>
        <source>Қалған уақыт</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="121"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="36"/>
        <source>Барлық қызметтер</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="38"/>
        <source>%1-қызмет</source>
        <translation>Услуга %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="41"/>
        <source>Нөмір, ЖСН немесе тегі</source>
        <translation>Номер, ИИН или фамилия</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="79"/>
        <source>Қызмет:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="84"/>
        <source>Мерзімінде</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="85"/>
        <source>Мерзімі жақын</source>
        <translation>Срок близко</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="86"/>
        <source>Мерзімі өткен</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_view.py" line="107"/>
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
        <location filename="../../desk_app/ui/role_tab.py" line="27"/>
        <source>Орталықтың басшысы</source>
        <translation>Руководитель Центра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/role_tab.py" line="79"/>
        <source>Бұл бетте тек «%1» рөлі бар пайдаланушы әрекет ете алады</source>
        <translation>На этой вкладке действовать может только пользователь с ролью «%1»</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../desk_app/ui/scan_router.py" line="68"/>
        <source>Штрих-код танылмады: %1</source>
        <translation>Штрих-код не распознан: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/scan_router.py" line="87"/>
        <source>Жеке куәлік оқылды: %1</source>
        <translation>Прочитано удостоверение личности: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/scan_router.py" line="91"/>
        <source>Бұл ЖСН-ге карточка жоқ: %1</source>
        <translation>Карточки с этим ИИН нет: %1</translation>
    </message>
</context>
<context>
    <name>ScannerHub</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="365"/>
        <location filename="../../desk_app/ui/scanner_hub.py" line="36"/>
        <source>пернетақта</source>
        <translation>клавиатура</translation>
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
        <location filename="../../forms/settings.ui" line="82"/>
        <source>Сканер порты:</source>
        <translation>Порт сканера:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="95"/>
        <source>Бос — тек пернетақта сканері; auto — бірінші USB порт; немесе /dev/ttyACM0, COM3</source>
        <translation>Пусто — только сканер-клавиатура; auto — первый USB-порт; или /dev/ttyACM0, COM3</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="102"/>
        <source>Жылдамдығы (бод):</source>
        <translation>Скорость (бод):</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="125"/>
        <source>Код соңындағы таңба:</source>
        <translation>Символ после кода:</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="140"/>
        <source>Осы компьютердегі беттер (жұмыс орны)</source>
        <translation>Вкладки на этом компьютере (рабочее место)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="146"/>
        <source>Орталық инспекторы</source>
        <translation>Инспектор Центра</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="153"/>
        <source>Жинақтау бөлімі</source>
        <translation>Накопительный отдел</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="160"/>
        <source>Кеңсе қызметкері</source>
        <translation>Канцелярия</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="167"/>
        <source>Басшы</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="174"/>
        <source>Орындаушы</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="181"/>
        <source>Орталықтың басшысы</source>
        <translation>Руководитель Центра</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="57"/>
        <source>Басшы басқа рөлдердің беттерін оқи алады (өзгертпей)</source>
        <translation>Руководитель видит вкладки других ролей (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="61"/>
        <source>Сақтау</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="62"/>
        <source>Болдырмау</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="74"/>
        <source>бос болса, қазақша атауы</source>
        <translation>если пусто — название на казахском</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="75"/>
        <source>Мекеменің атауы (орысша):</source>
        <translation>Название учреждения (на русском):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="87"/>
        <source>Сканер әр кодтың алдынан жіберетін таңба(лар) (мысалы §). Бос болса, адам тере алмайтын жылдамдықтағы пернелер ғана сканерлеу деп танылады.</source>
        <translation>Символ(ы), которые сканер посылает перед каждым кодом (например §). Если пусто, сканированием считаются только нажатия быстрее, чем печатает человек.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="93"/>
        <source>осында тұрып штрих-кодты сканерлеңіз</source>
        <translation>встаньте сюда и отсканируйте штрих-код</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="98"/>
        <source>Сканер префиксі:</source>
        <translation>Префикс сканера:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="101"/>
        <source>Сканерді тексеру:</source>
        <translation>Проверка сканера:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="109"/>
        <source>Сканерлеу танылды: %1</source>
        <translation>Сканирование распознано: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="115"/>
        <source>Префикс келді: сақтағаннан кейін бұл сканер танылады</source>
        <translation>Префикс получен: после сохранения этот сканер будет распознаваться</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_dialog.py" line="118"/>
        <source>Бұл пернетақтадан теру деп танылды: сканерге префикс бағдарламалап, осында жазыңыз</source>
        <translation>Это распознано как ввод с клавиатуры: запрограммируйте в сканере префикс и укажите его здесь</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="25"/>
        <location filename="../../desk_app/ui/sign_in.py" line="34"/>
        <source>Кіру</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="35"/>
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
        <location filename="../../desk_app/ui/status_dialog.py" line="39"/>
        <source>жабылды</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="40"/>
        <source>нәтиже Орталыққа жолда</source>
        <translation>результат в пути в Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="41"/>
        <source>папка уәкілетті органға жолда</source>
        <translation>папка в пути в уполномоченный орган</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="54"/>
        <source>Өтініштің жай-күйі: %1</source>
        <translation>Статус заявления: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="80"/>
        <source>Нөмір:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="84"/>
        <source>Қызмет:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="85"/>
        <source>Орталық арқылы</source>
        <translation>через Центр</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="85"/>
        <source>уәкілетті органға тікелей</source>
        <translation>напрямую в уполномоченный орган</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="86"/>
        <source>Арна:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="88"/>
        <source>Тұтынушы:</source>
        <translation>Потребитель:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="91"/>
        <source>Өтініш берілген күні:</source>
        <translation>Дата подачи заявления:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="92"/>
        <source>Қызмет мерзімі:</source>
        <translation>Срок услуги:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="95"/>
        <source>Нәтиже берілетін күн:</source>
        <translation>Дата выдачи результата:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="98"/>
        <source>иә</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="98"/>
        <source>жоқ</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="100"/>
        <source>Мерзімі өтті:</source>
        <translation>Просрочено:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="103"/>
        <source>Қазір кімде:</source>
        <translation>Сейчас у кого:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="105"/>
        <source>Қадамның мерзімі:</source>
        <translation>Срок шага:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="109"/>
        <source>Нәтиже:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="117"/>
        <source>Қадам</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="118"/>
        <source>Рөл</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="119"/>
        <source>Қызметкер</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="121"/>
        <source>Мерзімі</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="122"/>
        <source>Аяқталды</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="120"/>
        <source>Басталды</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="153"/>
        <source>Уақыты</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="153"/>
        <source>Қозғалыс</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="153"/>
        <source>Кім</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="60"/>
        <source>Жабу</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="64"/>
        <source>Қадамдар</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/status_dialog.py" line="66"/>
        <source>Құжаттардың қозғалысы</source>
        <translation>Движение документов</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <location filename="../../desk_app/ui/notify.py" line="35"/>
        <location filename="../../desk_app/ui/notify.py" line="68"/>
        <source>Кеңсе</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notify.py" line="91"/>
        <source>Орындалды: %1, қабылданбады: %2:</source>
        <translation>Выполнено: %1, отклонено: %2:</translation>
    </message>
</context>
</TS>
