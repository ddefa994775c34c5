<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>App</name>
    <message>
        <source>このデータベースは新しいバージョンの crmdesk で作成されているため開けません。新しいバージョンの crmdesk を使ってください。データベースは変更していません。</source>
        <translation>This database was created by a newer version of crmdesk and cannot be opened. Please use the newer crmdesk. The database has not been changed.</translation>
    </message>
    <message>
        <source>データベースを開けません。設定したファイルの場所または接続先を確認してください。</source>
        <translation>The database cannot be opened. Check the configured file location or server address.</translation>
    </message>
    <message>
        <source>crmdesk を起動できませんでした。</source>
        <translation>crmdesk could not start.</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <source>顧客番号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ランク</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>電話不可</source>
        <translation>No calls</translation>
    </message>
    <message>
        <source>DM不要</source>
        <translation>No DM</translation>
    </message>
    <message>
        <source>宛所不明</source>
        <translation>Mail returned</translation>
    </message>
    <message>
        <source>お客様は電話を希望されていません。こちらから電話しないでください。</source>
        <translation>The customer does not want to be called. Do not call them.</translation>
    </message>
    <message>
        <source>お客様は DM を希望されていません。郵送物を送らないでください。</source>
        <translation>The customer does not want direct mail. Do not send them mail.</translation>
    </message>
    <message>
        <source>郵便が戻ってきました。住所を確認するまで郵送しないでください。</source>
        <translation>Mail came back undeliverable. Do not send mail until the address is confirmed.</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>シルバー</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>ゴールド</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>SV</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>検索中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>オペレーター: {name}（{role}） | DB: {db} | スキーマ: {revision}</source>
        <translation>Operator: {name} ({role}) | DB: {db} | Schema: {revision}</translation>
    </message>
    <message numerus="yes">
        <source>上位 %n 件</source>
        <translation>
            <numerusform>Top %n hit</numerusform>
            <numerusform>Top %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 件</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>検索できませんでした（{code}）: {detail}</source>
        <translation>Search failed ({code}): {detail}</translation>
    </message>
    <message>
        <source>検索できませんでした: {detail}</source>
        <translation>Search failed: {detail}</translation>
    </message>
    <message>
        <source>crmdesk について</source>
        <translation>About crmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;単品リピート通販のための顧客対応デスク&lt;/p&gt;&lt;p&gt;データベース: {db}（{backend}、スキーマ {revision}）&lt;br&gt;Qt {qt}&lt;/p&gt;&lt;p&gt;フォント: IPAex ゴシック・IPAex 明朝（IPA フォントライセンス v1.0）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;Customer service desk for repeat mail-order businesses&lt;/p&gt;&lt;p&gt;Database: {db} ({backend}, schema {revision})&lt;br&gt;Qt {qt}&lt;/p&gt;&lt;p&gt;Fonts: IPAex Gothic, IPAex Mincho (IPA Font License v1.0)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>crmdesk — 顧客対応デスク</source>
        <translation>crmdesk — Customer Service Desk</translation>
    </message>
    <message>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>入力すると検索します。Enter で先頭の顧客を選択、↓ で一覧へ移動します。</source>
        <translation>Searches as you type. Enter selects the first customer, ↓ moves to the list.</translation>
    </message>
    <message>
        <source>電話番号・氏名・カナ・顧客番号・注文番号で検索</source>
        <translation>Search by phone, name, kana, customer no. or order no.</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>バージョン情報(&amp;A)</source>
        <translation>&amp;About crmdesk</translation>
    </message>
</context>
</TS>
